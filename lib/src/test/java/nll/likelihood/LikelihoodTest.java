package nll.likelihood;

import static nll.validation.Rejection.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import nll.distribution.Normal;
import org.junit.jupiter.api.Test;

class LikelihoodTest {

    /** The post's five data points. */
    private static final double[] DATA = {48.8292, 49.3087, 52.4836, 53.2384, 57.6151};

    private static final Likelihood A = Likelihood.of(Normal.of(50, 5), DATA);
    private static final Likelihood B = Likelihood.of(Normal.of(45, 8), DATA);

    @Test
    void perPointLikelihoodsOfThePost() {
        // the post: likelihood_A and likelihood_B, printed to 4 decimals
        assertArrayEquals(new double[] {0.0776, 0.0790, 0.0705, 0.0647, 0.0250}, A.perPoint(), 5e-5);
        assertArrayEquals(new double[] {0.0445, 0.0431, 0.0322, 0.0293, 0.0144}, B.perPoint(), 5e-5);
    }

    @Test
    void exactProductsDifferFromThePostsRoundedOnes() {
        // python (math.exp of the normal log density, math.prod): 7.002974767473655e-07, 2.6068034674307683e-08
        assertEquals(7.002974767473655e-07, A.product(), 1e-20);
        assertEquals(2.6068034674307683e-08, B.product(), 1e-22);
        // the post's values are products of the rounded per-point values:
        // python: 0.0776*0.0790*0.0705*0.0647*0.0250 = 6.99072501e-07, and B's 2.6056931140799998e-08
        assertEquals(
                6.99072501e-07,
                Likelihood.categorical(0.0776, 0.0790, 0.0705, 0.0647, 0.0250).product(),
                1e-21);
        assertEquals(
                2.6056931140799998e-08,
                Likelihood.categorical(0.0445, 0.0431, 0.0322, 0.0293, 0.0144).product(),
                1e-23);
        assertNotEquals(6.99072501e-07, A.product(), 1e-10);
    }

    @Test
    void theSamplesOwnNormalBeatsBoth() {
        // python: N(52.294999999999995, 3.1672952139009705) gives 2.6023841294466064e-06 (exact product)
        Likelihood mle = Likelihood.of(Normal.of(52.295, 3.1672952139009705), DATA);
        assertEquals(2.60238e-06, mle.product(), 5e-12);
        assertEquals(2.6023841294466064e-06 / 7.002974767473655e-07, mle.product() / A.product(), 1e-6);
    }

    @Test
    void logLikelihoodAndNll() {
        // torch.distributions.Normal(50., 5.) in float64: log_prob(data).sum() = -14.171760625393864
        assertEquals(-14.171760625393864, A.logLikelihood(), 1e-13);
        // python: math.fsum of the log densities under N(45, 8) = -17.462555998328792
        assertEquals(-17.462555998328792, B.logLikelihood(), 1e-13);
        assertEquals(14.171760625393864, A.nll(), 1e-13);
        assertEquals(14.171760625393864 / 5, A.averageNll(), 1e-14);
        // log of the product, independently
        assertEquals(Math.log(A.product()), A.logLikelihood(), 1e-13);
        assertEquals(5, A.size());
    }

    @Test
    void thePostsLogExample() {
        Likelihood three = Likelihood.categorical(0.015, 0.05, 0.01);
        // python: math.log(0.015*0.05*0.01) = -11.800607537422009
        assertEquals(-11.800607537422009, Math.log(three.product()), 0);
        // python: math.log(0.015)+math.log(0.05)+math.log(0.01) = -11.80060753742201, one ulp away ...
        double plain = Math.log(0.015) + Math.log(0.05) + Math.log(0.01);
        assertEquals(-11.80060753742201, plain, 0);
        assertEquals(Math.ulp(11.8), Math.abs(plain - Math.log(three.product())), 0);
        // ... while the compensated sum matches math.fsum of the three logs: -11.800607537422009
        assertEquals(-11.800607537422009, three.logLikelihood(), 0);
        // the post (torch float32): both sides print -11.800607681274414 and compare equal
        float logOfProduct = (float) Math.log(0.015f * 0.05f * 0.01f);
        float sumOfLogs = (float) Math.log(0.015f) + (float) Math.log(0.05f) + (float) Math.log(0.01f);
        assertEquals(-11.800608f, logOfProduct, 0f);
        assertEquals(logOfProduct, sumOfLogs, 0f);
    }

    @Test
    void coinAndOutcomes() {
        // closed form: 7 heads in 10 flips at p = 0.7 has likelihood 0.7^7 0.3^3 = 0.0022235661 (python)
        Likelihood coin = Likelihood.coin(0.7, 7, 10);
        assertEquals(0.002223566099999999, coin.product(), 1e-17);
        // python: 7*math.log(0.7)+3*math.log(0.3) = -6.108643020548936
        assertEquals(-6.108643020548936, coin.logLikelihood(), 1e-14);
        assertEquals(
                coin.logLikelihood(),
                Likelihood.bernoulli(0.7, 1, 0, 1, 1, 0, 1, 1, 0, 1, 1).logLikelihood(),
                1e-15);
        // a fair coin on 2000 flips: 0.5^2000 underflows to 0 but its log is 2000 log(0.5)
        Likelihood longRun = Likelihood.coin(0.5, 1000, 2000);
        assertEquals(0.0, longRun.product());
        assertEquals(2000 * Math.log(0.5), longRun.logLikelihood(), 1e-10);
        // an impossible outcome: likelihood 0, log-likelihood -infinity, never NaN
        assertEquals(Double.NEGATIVE_INFINITY, Likelihood.coin(1.0, 9, 10).logLikelihood());
        assertEquals(Double.POSITIVE_INFINITY, Likelihood.coin(1.0, 9, 10).nll());
    }

    @Test
    void categoricalFromPredictions() {
        double[][] predictions = {{0.2, 0.5, 0.3}, {0.6, 0.3, 0.1}};
        Likelihood likelihood = Likelihood.categorical(predictions, new int[] {1, 0});
        assertArrayEquals(new double[] {0.5, 0.6}, likelihood.perPoint(), 0);
        // closed form: -(log 0.5 + log 0.6) / 2
        assertEquals(-(Math.log(0.5) + Math.log(0.6)) / 2, likelihood.averageNll(), 1e-16);
        // certainty costs nothing: NLL 0.0, not -0.0
        assertEquals("0.0", Double.toString(Likelihood.categorical(1.0, 1.0).nll()));
    }

    @Test
    void badInput() {
        Normal a = Normal.of(50, 5);
        assertMessage("data is empty", () -> Likelihood.of(a));
        assertMessage("data[1] = NaN must be finite", () -> Likelihood.of(a, 1.0, Double.NaN));
        assertMessage("data[0] = Infinity must be finite", () -> Likelihood.of(a, Double.POSITIVE_INFINITY));
        assertMessage("model = null", () -> Likelihood.of(null, 1.0));
        assertMessage("p = 1.2 must be a probability in [0, 1]", () -> Likelihood.coin(1.2, 1, 2));
        assertMessage("heads = 3 must be in [0, flips = 2]", () -> Likelihood.coin(0.5, 3, 2));
        assertMessage("flips = 0 must be > 0", () -> Likelihood.coin(0.5, 0, 0));
        assertMessage("outcomes[1] = 2 must be 0 or 1", () -> Likelihood.bernoulli(0.5, 1, 2));
        assertMessage("outcomes is empty", () -> Likelihood.bernoulli(0.5));
        assertMessage(
                "probabilitiesOfObserved[1] = -0.1 must be a probability in [0, 1]",
                () -> Likelihood.categorical(0.5, -0.1));
        assertMessage("probabilitiesOfObserved[0] = 1.5 must be a probability", () -> Likelihood.categorical(1.5));
        assertMessage("probabilitiesOfObserved is empty", () -> Likelihood.categorical());
        assertMessage(
                "predictions.length = 1 must equal observed.length = 2",
                () -> Likelihood.categorical(new double[][] {{1.0}}, new int[] {0, 0}));
        assertMessage(
                "observed[0] = 3 must be in [0, 1]",
                () -> Likelihood.categorical(new double[][] {{0.5, 0.5}}, new int[] {3}));
    }
}
