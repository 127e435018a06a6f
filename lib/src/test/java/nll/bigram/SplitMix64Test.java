package nll.bigram;

import static nll.validation.Rejection.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SplitMix64Test {

    @Test
    void theFirstOutputsFromSeedZeroAreThoseOfTheReferenceC() {
        // Vigna's splitmix64.c started with x = 0.
        assertEquals(0xE220A8397B1DCDAFL, SplitMix64.value(0, 1));
        assertEquals(0x6E789E6AA1B965F4L, SplitMix64.value(0, 2));
        assertEquals(0x06C45D188009454FL, SplitMix64.value(0, 3));
    }

    @Test
    void anIndexIsTheUnsignedRemainder() {
        assertEquals(Long.remainderUnsigned(0xE220A8397B1DCDAFL, 3_227), SplitMix64.index(0, 1, 3_227));
        assertEquals(0, SplitMix64.index(42, 7, 1));
        assertMessage("bound = 0", () -> SplitMix64.index(42, 1, 0));
    }
}
