package nll.distribution;

import static nll.validation.Rejection.assertMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BernoulliTest {

    @Test
    void probabilitiesAndLogs() {
        // closed form: P(1) = p, P(0) = 1 - p; logs log(0.7) and log(0.3)
        Bernoulli coin = Bernoulli.of(0.7);
        assertEquals(0.7, coin.probability(1));
        assertEquals(0.30000000000000004, coin.probability(0)); // 1 - 0.7 in double
        assertEquals(Math.log(0.7), coin.logProbability(1), 0);
        assertEquals(Math.log(0.3), coin.logProbability(0), 1e-15);
        // log(1 - 1e-20) = -1e-20 to double precision (series -p - p^2/2 ...); log(1 - p) would give 0
        assertEquals(-1e-20, Bernoulli.of(1e-20).logProbability(0), 1e-36);
        // a certain coin: the impossible outcome has log-probability -infinity, not NaN
        assertEquals(Double.NEGATIVE_INFINITY, Bernoulli.of(1).logProbability(0));
    }

    @Test
    void badInput() {
        assertMessage("p = 1.5 must be a probability in [0, 1]", () -> Bernoulli.of(1.5));
        assertMessage("p = -0.1 must be a probability in [0, 1]", () -> Bernoulli.of(-0.1));
        assertMessage("p = NaN must be a probability in [0, 1]", () -> Bernoulli.of(Double.NaN));
        assertMessage("outcome = 2 must be 0 or 1", () -> Bernoulli.of(0.5).probability(2));
        assertMessage("outcome = -1 must be 0 or 1", () -> Bernoulli.of(0.5).logProbability(-1));
    }
}
