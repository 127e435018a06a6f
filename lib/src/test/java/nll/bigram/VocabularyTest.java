package nll.bigram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VocabularyTest {

    // Expected indices follow makemore's stoi: '.' is 0, then the letters in alphabetical order from 1.
    @ParameterizedTest
    @CsvSource({".,0", "a,1", "e,5", "n,14", "z,26"})
    void indexAndTokenAreInverse(char token, int index) {
        assertEquals(index, Vocabulary.indexOf(token));
        assertEquals(token, Vocabulary.tokenAt(index));
    }

    @Test
    void everyIndexMapsBackToItself() {
        for (int i = 0; i < Vocabulary.SIZE; i++) {
            assertEquals(i, Vocabulary.indexOf(Vocabulary.tokenAt(i)));
        }
    }

    @Test
    void bigramLabelsJoinTheTwoTokens() {
        assertEquals(".e", Vocabulary.bigram(0, 5));
        assertEquals("n.", Vocabulary.bigram(14, 0));
    }

    @ParameterizedTest
    @ValueSource(chars = {'A', 'Z', ' ', '-', '\'', 'ë', '0'})
    void rejectsCharactersOutsideTheVocabulary(char token) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Vocabulary.indexOf(token));
        assertTrue(e.getMessage().contains("'" + token + "'"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 27, 100})
    void rejectsIndicesOutsideTheVocabulary(int index) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Vocabulary.tokenAt(index));
        assertEquals("index = " + index + " must be in [0, 26]", e.getMessage());
    }
}
