package nll.information;

import static nll.validation.Rejection.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PerplexityTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 27, 1024})
    void aUniformChoiceAmongKHasPerplexityKAndLog2KBits(int k) {
        assertEquals(k, Perplexity.ofNll(Math.log(k)), 1e-12 * k);
        assertEquals(Math.log(k) / Math.log(2), Perplexity.bitsPerToken(Math.log(k)), 1e-14);
    }

    @Test
    void knownValues() {
        // /usr/bin/python3: math.exp(2.4544) = 11.639448, 2.4544 / math.log(2) = 3.540951
        assertEquals(11.639448, Perplexity.ofNll(2.4544), 1e-6);
        assertEquals(3.540951, Perplexity.bitsPerToken(2.4544), 1e-6);
        assertEquals(Double.POSITIVE_INFINITY, Perplexity.ofNll(Double.POSITIVE_INFINITY));
        assertEquals(Double.POSITIVE_INFINITY, Perplexity.bitsPerToken(Double.POSITIVE_INFINITY));
    }

    @Test
    void badInput() {
        assertMessage("nll = -0.5", () -> Perplexity.ofNll(-0.5));
        assertMessage("nll = NaN", () -> Perplexity.bitsPerToken(Double.NaN));
    }
}
