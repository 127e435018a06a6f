package nll.bigram;

import static nll.validation.Rejection.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NameSplitTest {

    @Test
    void shuffleMatchesSplitMix64WorkedByHand() {
        // SplitMix64 from seed 0: first output 0xE220A8397B1DCDAF (Vigna's reference splitmix64.c), which mod 3 is 1,
        // so n = 3 first swaps positions 2 and 1; the second output 0x6E789E6AA1B965F4 mod 2 is 0: swap 1 and 0.
        assertEquals(1, Long.remainderUnsigned(0xE220A8397B1DCDAFL, 3));
        assertEquals(0, Long.remainderUnsigned(0x6E789E6AA1B965F4L, 2));
        assertArrayEquals(new int[] {2, 0, 1}, NameSplit.shuffledOrder(3, 0));
        // Ten positions, from heldout_reference.py's splitmix64 and shuffle (Python integers masked to 64 bits).
        assertArrayEquals(new int[] {6, 3, 2, 9, 8, 1, 4, 7, 0, 5}, NameSplit.shuffledOrder(10, 0));
        assertArrayEquals(new int[] {0, 9, 5, 8, 6, 4, 7, 2, 1, 3}, NameSplit.shuffledOrder(10, 42));
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 11, 19, 99, 32_257})
    void partsAreEightyTenTenAndHoldEveryNameOnce(int n) {
        List<String> names = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            names.add(Integer.toString(k, 26)
                    .chars()
                    .mapToObj(c -> String.valueOf((char) ('a' + Character.digit(c, 26))))
                    .reduce("", String::concat));
        }
        NameSplit split = NameSplit.of(Names.of(names), 42);
        assertEquals(8 * n / 10, split.train().size());
        assertEquals(n / 10, split.dev().size());
        assertEquals(n, split.train().size() + split.dev().size() + split.test().size());
        List<String> all = new ArrayList<>(split.train().asList());
        all.addAll(split.dev().asList());
        all.addAll(split.test().asList());
        all.sort(null);
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(null);
        assertEquals(sorted, all);
    }

    @Test
    void theSeedDecidesTheSplit() {
        Names names = Fixtures.names();
        assertEquals(
                NameSplit.of(names, 42).test().asList(),
                NameSplit.of(names, 42).test().asList());
        assertNotEquals(
                NameSplit.of(names, 42).test().asList(),
                NameSplit.of(names, 43).test().asList());
        assertEquals(42, NameSplit.of(names, 42).seed());
    }

    @Test
    void badInput() {
        assertMessage("names = null", () -> NameSplit.of(null, 1));
        assertMessage("names.size() = 9", () -> NameSplit.of(Names.of("a", "b", "c", "d", "e", "f", "g", "h", "i"), 1));
    }
}
