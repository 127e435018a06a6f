package nll.distribution;

import static nll.validation.Rejection.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalTest {

    private static final Normal SEED = Normal.of(50, 2.5);

    @Test
    void intervalProbabilityOfThePost() {
        // the post: P(50 <= X <= 52.5) = 0.3413; torch.distributions.Normal(50., 2.5) in float64:
        // cdf(52.5) - cdf(50) = 0.3413447460685429
        assertEquals(0.3413447460685429, SEED.probability(50, 52.5), 1e-15);
        assertEquals(0.341345, SEED.probability(50, 52.5), 5e-7);
        assertEquals(SEED.cdf(52.5) - SEED.cdf(50), SEED.probability(50, 52.5), 1e-15);
    }

    @ParameterizedTest
    @CsvSource({
        // k, closed form erf(k / sqrt 2) from python: math.erf(k/math.sqrt(2))
        "1, 0.6826894921370859",
        "2, 0.9544997361036416",
        "3, 0.9973002039367398"
    })
    void empiricalRule(int k, double expected) {
        assertEquals(expected, SEED.probability(50 - k * 2.5, 50 + k * 2.5), 1e-15);
    }

    @Test
    void densityAgainstTheFormula() {
        // closed form: 1 / (sigma sqrt(2 pi)) at the mean; N(0, 0.1) at 0 is 3.989422804014327 (> 1)
        assertEquals(1 / (2.5 * Math.sqrt(2 * Math.PI)), SEED.pdf(50), 1e-16);
        assertEquals(3.989422804014327, Normal.of(0, 0.1).pdf(0), 1e-15);
        // python: math.exp(-(48.8292-50)**2/50)/(5*math.sqrt(2*math.pi)) = 0.07763...
        assertEquals(0.0776, Normal.of(50, 5).pdf(48.8292), 5e-5);
        // closed form of the log density: -(x-mu)^2/(2 sigma^2) - log(sigma) - log(2 pi)/2
        double x = 57.6151;
        assertEquals(
                -Math.pow(x - 45, 2) / 128 - Math.log(8) - Math.log(2 * Math.PI) / 2,
                Normal.of(45, 8).logPdf(x),
                1e-14);
    }

    @Test
    void logDensityStaysFiniteWhereTheDensityUnderflows() {
        // closed form at 50 sigma: -1250 - log(2.5) - log(2 pi)/2; exp of it underflows to 0
        assertEquals(0.0, SEED.pdf(50 + 50 * 2.5));
        assertEquals(-1250 - Math.log(2.5) - Math.log(2 * Math.PI) / 2, SEED.logPdf(50 + 50 * 2.5), 1e-12);
    }

    @Test
    void cdfLimitsAndSymmetry() {
        // closed forms: cdf(mu) = 1/2, cdf(-inf) = 0, cdf(inf) = 1, P(-inf, inf) = 1
        assertEquals(0.5, SEED.cdf(50), 1e-16);
        assertEquals(0.0, SEED.cdf(Double.NEGATIVE_INFINITY));
        assertEquals(1.0, SEED.cdf(Double.POSITIVE_INFINITY));
        assertEquals(1.0, SEED.probability(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY), 1e-16);
        assertEquals(0.0, SEED.probability(51, 51));
    }

    @Test
    void samplesFollowJavaUtilRandom() {
        // java.util.Random's nextGaussian is fixed by the Java SE specification: mu + sigma * g_k
        java.util.Random random = new java.util.Random(42);
        double[] expected = new double[3];
        for (int i = 0; i < 3; i++) {
            expected[i] = 50 + 2.5 * random.nextGaussian();
        }
        assertArrayEquals(expected, SEED.samples(3, 42), 0);
        assertEquals(0, SEED.samples(0, 42).length);
    }

    @Test
    void formatting() {
        assertEquals("N(50, 2.5)", SEED.toString());
        assertEquals(Normal.of(50, 2.5), SEED);
        assertTrue(SEED.variance() == 6.25);
    }

    @Test
    void badInput() {
        assertMessage("sigma = -1.0 must be > 0", () -> Normal.of(0, -1));
        assertMessage("sigma = 0.0 must be > 0", () -> Normal.of(0, 0));
        assertMessage("sigma = NaN must be > 0", () -> Normal.of(0, Double.NaN));
        assertMessage("sigma = Infinity must be > 0 and finite", () -> Normal.of(0, Double.POSITIVE_INFINITY));
        assertMessage("mu = NaN must be finite", () -> Normal.of(Double.NaN, 1));
        assertMessage("x = NaN", () -> SEED.pdf(Double.NaN));
        assertMessage("x = NaN", () -> SEED.logPdf(Double.NaN));
        assertMessage("x = NaN", () -> SEED.cdf(Double.NaN));
        assertMessage("a = 52.5 must be <= b = 50.0", () -> SEED.probability(52.5, 50));
        assertMessage("b = NaN", () -> SEED.probability(50, Double.NaN));
        assertMessage("n = -1 must be >= 0", () -> SEED.samples(-1, 42));
    }
}
