package nll.bigram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BigramCountsTest {

    private static final BigramCounts COUNTS = BigramCounts.of(Fixtures.dataset());

    // Expected counts from the PyTorch reference (N[stoi[a], stoi[b]] counted from xs, ys).
    @ParameterizedTest(name = "N[{0}][{1}]")
    @CsvSource({"n,.", ".,a", "a,n", "e,e", "q,z", ".,."})
    void countsMatchPyTorch(char previous, char next) {
        long expected = (long) Fixtures.torchNumber("count." + previous + next);
        assertEquals(expected, COUNTS.count(previous, next));
        assertEquals(expected, COUNTS.count(Vocabulary.indexOf(previous), Vocabulary.indexOf(next)));
    }

    @Test
    void totalsFollowFromTheNames() {
        // Every example is counted once: 229,804 (check figure of the dataset).
        assertEquals(229_804, COUNTS.total());
        // Every name starts once and ends once: row '.' and column '.' both total the 32,257 names.
        assertEquals(32_257, COUNTS.rowTotal(0));
        long column = 0;
        for (int i = 0; i < Vocabulary.SIZE; i++) {
            column += COUNTS.count(i, 0);
        }
        assertEquals(32_257, column);
    }

    @Test
    void smallExampleCountedByHand() {
        // "emma" and "ema": .e twice, em twice, mm once, ma twice, a. twice.
        BigramCounts counts = BigramCounts.of(BigramDataset.of(Names.of("emma", "ema")));
        assertEquals(2, counts.count('.', 'e'));
        assertEquals(2, counts.count('e', 'm'));
        assertEquals(1, counts.count('m', 'm'));
        assertEquals(2, counts.count('m', 'a'));
        assertEquals(2, counts.count('a', '.'));
        assertEquals(9, counts.total());
        assertEquals(3, counts.rowTotal(13));
        assertEquals(2, counts.toArray()[1][0]);
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> BigramCounts.of(null));
        assertEquals(
                "next = 27 must be in [0, 26]",
                assertThrows(IllegalArgumentException.class, () -> COUNTS.count(0, 27))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> COUNTS.count('A', 'b'));
    }
}
