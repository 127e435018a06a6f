package nll.bigram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SamplingTest {

    private static final BigramCounts COUNTS = BigramCounts.of(Fixtures.dataset());

    @Test
    void theSameSeedGivesTheSameNames() {
        CountModel model = CountModel.of(COUNTS, 1);
        assertEquals(model.sample(20, 2147483647L), model.sample(20, 2147483647L));
        assertNotEquals(model.sample(20, 1), model.sample(20, 2));
        NeuralModel neural = NeuralModel.gaussian(3);
        assertEquals(neural.sample(20, 5), neural.sample(20, 5));
    }

    @Test
    void sampledNamesUseOnlyTheLetters() {
        for (String name : CountModel.of(COUNTS, 1).sample(500, 17)) {
            assertTrue(name.chars().allMatch(c -> c >= 'a' && c <= 'z'), name);
        }
    }

    @Test
    void firstLettersFollowTheStartRow() {
        // P(a | .) = (N[.][a] + 1) / (32,257 + 27) with N[.][a] = 4438 (PyTorch reference) = 0.1375.
        // With 20,000 names the observed fraction has standard error 0.0024; allow five.
        List<String> names = CountModel.of(COUNTS, 1).sample(20_000, 99);
        double expected = (Fixtures.torchNumber("count..a") + 1) / (32_257 + 27);
        long startingWithA = names.stream().filter(n -> n.startsWith("a")).count();
        assertEquals(expected, startingWithA / 20_000.0, 5 * Math.sqrt(expected * (1 - expected) / 20_000));
    }

    @Test
    void uniformModelGivesGeometricLengths() {
        // W = 0: every token, '.' included, has probability 1/27, so the number of letters before the first '.'
        // is geometric with mean 26 and standard deviation sqrt(26 * 27) = 26.5; 4,000 names give a standard error
        // of 0.42 for the mean length; allow five.
        List<String> names = NeuralModel.zeros().sample(4_000, 8);
        double meanLength = names.stream().mapToInt(String::length).average().orElseThrow();
        assertEquals(26, meanLength, 5 * Math.sqrt(26.0 * 27 / 4_000));
    }

    @Test
    void aModelThatNeverEndsANameIsReported() {
        // Every row gives '.' a logit of -1000 against 0 for the letters: exp(-1000) underflows to probability 0.
        NeuralModel endless = NeuralModel.zeros();
        for (int i = 0; i < Vocabulary.SIZE; i++) {
            endless = endless.withWeight(i, 0, -1000);
        }
        NeuralModel model = endless;
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> model.sample(1, 1));
        assertTrue(e.getMessage().startsWith("a sampled name reached 1000 letters"), e.getMessage());
    }

    @Test
    void rejectsNegativeCounts() {
        assertEquals(
                "count = -1 must be >= 0",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> CountModel.of(COUNTS, 1).sample(-1, 1))
                        .getMessage());
        assertEquals(List.of(), CountModel.of(COUNTS, 1).sample(0, 1));
    }
}
