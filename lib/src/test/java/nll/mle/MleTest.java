package nll.mle;

import static nll.validation.Rejection.assertMessage;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nll.distribution.Normal;
import nll.likelihood.Likelihood;
import org.junit.jupiter.api.Test;

class MleTest {

    /** The post's five data points. */
    private static final double[] DATA = {48.8292, 49.3087, 52.4836, 53.2384, 57.6151};

    @Test
    void normalClosedForm() {
        // python: mean = sum(d)/5 = 52.294999999999995; var = sum((x-mean)**2)/5 = 10.031758971999995;
        // sqrt = 3.1672952139009705; with n-1: 12.539698714999993. The post: N(52.295, 3.167).
        NormalMle mle = NormalMle.of(DATA);
        assertEquals(52.295, mle.mean(), 1e-13);
        assertEquals(10.031758971999995, mle.variance(), 1e-13);
        assertEquals(3.1672952139009705, mle.sigma(), 1e-14);
        assertEquals(3.16730, mle.sigma(), 5e-6);
        assertEquals(12.539698714999993, mle.sampleVariance(), 1e-13);
        assertEquals(5, mle.size());
        assertEquals(3.1672952139009705, mle.normal().sigma(), 1e-14);
    }

    @Test
    void varianceIsBiasedByTheFactorNMinusOneOverNAndTheMeanScattersBySigmaOverRootN() {
        // n sigma^2_MLE / sigma^2 is chi-squared with n - 1 degrees of freedom: E = (n-1)/n sigma^2, and
        // its standard deviation for n = 5, sigma = 1 is sqrt(2 * 4) / 5 = 0.566, so 100,000 samples
        // average it to within 0.0018; the tolerances below are over five of those
        java.util.Random random = new java.util.Random(42);
        int trials = 100_000;
        double sumOfMle = 0;
        double sumOfSample = 0;
        double sumOfSquaredMeans = 0;
        for (int trial = 0; trial < trials; trial++) {
            double[] sample = new double[5];
            for (int i = 0; i < sample.length; i++) {
                sample[i] = random.nextGaussian();
            }
            NormalMle fit = NormalMle.of(sample);
            sumOfMle += fit.variance();
            sumOfSample += fit.sampleVariance();
            sumOfSquaredMeans += fit.mean() * fit.mean();
        }
        assertEquals(4.0 / 5, sumOfMle / trials, 0.01);
        assertEquals(1, sumOfSample / trials, 0.012);
        assertEquals(1 / Math.sqrt(5), Math.sqrt(sumOfSquaredMeans / trials), 0.005);
    }

    @Test
    void closedFormIsAStationaryPointOfTheLogLikelihood() {
        // finite differences of the log-likelihood vanish at the closed form and are negative around it
        NormalMle mle = NormalMle.of(DATA);
        double h = 1e-5;
        double ll = logLikelihood(mle.mean(), mle.sigma());
        double dMu =
                (logLikelihood(mle.mean() + h, mle.sigma()) - logLikelihood(mle.mean() - h, mle.sigma())) / (2 * h);
        double dSigma =
                (logLikelihood(mle.mean(), mle.sigma() + h) - logLikelihood(mle.mean(), mle.sigma() - h)) / (2 * h);
        assertEquals(0, dMu, 1e-8);
        assertEquals(0, dSigma, 1e-8);
        assertTrue(logLikelihood(mle.mean() + 0.01, mle.sigma()) < ll);
        assertTrue(logLikelihood(mle.mean(), mle.sigma() * 1.01) < ll);
    }

    @Test
    void bernoulliClosedForm() {
        // closed form k / n
        assertEquals(0.7, BernoulliMle.of(7, 10).p(), 0);
        assertEquals(0.6, BernoulliMle.fromOutcomes(1, 0, 1, 1, 0).p(), 0);
        assertEquals(3, BernoulliMle.fromOutcomes(1, 0, 1, 1, 0).heads());
        assertEquals(5, BernoulliMle.fromOutcomes(1, 0, 1, 1, 0).flips());
        // the likelihood p^7 (1-p)^3 on a grid of p peaks at the grid point 0.7
        double best = 0;
        double bestLikelihood = -1;
        for (int i = 1; i < 100; i++) {
            double likelihood = Likelihood.coin(i / 100.0, 7, 10).product();
            if (likelihood > bestLikelihood) {
                bestLikelihood = likelihood;
                best = i / 100.0;
            }
        }
        assertEquals(0.7, best, 0);
    }

    @Test
    void gradientAscentReachesTheClosedForm() {
        GradientPath path = NormalGradientAscent.of(DATA).run(50, 5, 0.1, 1000);
        NormalMle mle = NormalMle.of(DATA);
        assertEquals(List.of("mu", "sigma"), path.parameterNames());
        assertEquals("log-likelihood", path.objectiveName());
        assertEquals(1000, path.steps());
        assertEquals(1001, path.values().length);
        assertEquals(mle.mean(), path.last("mu"), 1e-9);
        assertEquals(mle.sigma(), path.last("sigma"), 1e-9);
        // python: math.fsum of log densities at N(52.295, 3.1672952139009705) = -12.859082560235542
        assertEquals(-12.859082560235542, path.lastValue(), 1e-12);
        // the start is recorded as iteration 0: A = N(50, 5), log-likelihood -14.171760625393864 (torch)
        assertEquals(50, path.parameter("mu")[0]);
        assertEquals(5, path.parameter("sigma")[0], 1e-15);
        assertEquals(-14.171760625393864, path.values()[0], 1e-12);
        // ascent: the log-likelihood never decreases along the path at this learning rate
        double[] values = path.values();
        for (int k = 1; k < values.length; k++) {
            assertTrue(values[k] >= values[k - 1] - 1e-12, "iteration " + k);
        }
        assertArrayEquals(new int[] {0, 1, 2}, java.util.Arrays.copyOf(path.iterations(), 3));
    }

    @Test
    void firstStepFollowsTheAnalyticGradient() {
        // one step by hand from (mu, log sigma) = (50, log 5) with the closed-form gradient
        double n = DATA.length;
        double sumDev = 0;
        double sumSq = 0;
        for (double x : DATA) {
            sumDev += x - 50;
            sumSq += (x - 50) * (x - 50);
        }
        double mu1 = 50 + 0.1 * sumDev / 25;
        double sigma1 = Math.exp(Math.log(5) + 0.1 * (-n + sumSq / 25));
        GradientPath path = NormalGradientAscent.of(DATA).run(50, 5, 0.1, 1);
        assertEquals(mu1, path.last("mu"), 1e-13);
        assertEquals(sigma1, path.last("sigma"), 1e-13);
        // and the analytic gradient matches central finite differences of the log-likelihood
        double h = 1e-6;
        double fdMu = (logLikelihood(50 + h, 5) - logLikelihood(50 - h, 5)) / (2 * h);
        double fdLogSigma = (logLikelihood(50, 5 * Math.exp(h)) - logLikelihood(50, 5 * Math.exp(-h))) / (2 * h);
        assertEquals(fdMu, NormalScore.mu(DATA, 50, 5), 1e-7);
        assertEquals(fdLogSigma, NormalScore.logSigma(DATA, 50, 5), 1e-7);
    }

    @Test
    void meanGradientDescentReachesTheSampleMean() {
        GradientPath path = MeanGradientDescent.of(DATA, 3.1672952139009705).run(45, 0.5, 200);
        assertEquals(List.of("mu"), path.parameterNames());
        assertEquals("NLL", path.objectiveName());
        // closed form: the sample mean 52.294999999999995 (python)
        assertEquals(52.295, path.last("mu"), 1e-12);
        // python: -math.fsum of log densities at the MLE = 12.859082560235542
        assertEquals(12.859082560235542, path.lastValue(), 1e-12);
        // a parabola: with learningRate = sigma^2 / n the first step lands on the mean
        double sigma = 3.1672952139009705;
        GradientPath oneStep = MeanGradientDescent.of(DATA, sigma).run(45, sigma * sigma / 5, 1);
        assertEquals(52.295, oneStep.last("mu"), 1e-12);
        double[] values = path.values();
        for (int k = 1; k < values.length; k++) {
            assertTrue(values[k] <= values[k - 1] + 1e-12, "iteration " + k);
        }
    }

    @Test
    void zeroStepsRecordsTheStart() {
        GradientPath path = MeanGradientDescent.of(DATA, 5).run(45, 0.1, 0);
        assertEquals(0, path.steps());
        assertArrayEquals(new double[] {45}, path.parameter("mu"), 0);
    }

    @Test
    void tooLargeALearningRateIsReportedNotReturnedAsNaN() {
        // contraction factor |1 - lr n / sigma^2| = |1 - 100 * 5 / 1| = 499: the iterate overflows
        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> MeanGradientDescent.of(DATA, 1).run(45, 100, 1000));
        assertTrue(e.getMessage().contains("learningRate = 100.0 is too large"), e.getMessage());
        assertThrows(
                IllegalStateException.class, () -> NormalGradientAscent.of(DATA).run(50, 5, 50, 1000));
    }

    @Test
    void badInput() {
        assertMessage("data is empty", () -> NormalMle.of());
        assertMessage("data[2] = NaN must be finite", () -> NormalMle.of(1, 2, Double.NaN));
        assertMessage("data[0] = -Infinity must be finite", () -> NormalGradientAscent.of(Double.NEGATIVE_INFINITY));
        assertMessage("sigma = 0.0 must be > 0", () -> NormalMle.of(3, 3, 3).normal());
        assertThrows(IllegalStateException.class, () -> NormalMle.of(3).sampleVariance());
        assertMessage("heads = 11 must be in [0, flips = 10]", () -> BernoulliMle.of(11, 10));
        assertMessage("flips = 0 must be > 0", () -> BernoulliMle.of(0, 0));
        assertMessage("outcomes[0] = 7 must be 0 or 1", () -> BernoulliMle.fromOutcomes(7));
        NormalGradientAscent ascent = NormalGradientAscent.of(DATA);
        assertMessage("learningRate = 0.0 must be > 0", () -> ascent.run(50, 5, 0, 10));
        assertMessage("learningRate = -0.1 must be > 0", () -> ascent.run(50, 5, -0.1, 10));
        assertMessage("learningRate = NaN must be > 0", () -> ascent.run(50, 5, Double.NaN, 10));
        assertMessage(
                "learningRate = Infinity must be > 0 and finite",
                () -> ascent.run(50, 5, Double.POSITIVE_INFINITY, 10));
        assertMessage("steps = -1 must be >= 0", () -> ascent.run(50, 5, 0.1, -1));
        assertMessage("sigma0 = -5.0 must be > 0", () -> ascent.run(50, -5, 0.1, 10));
        assertMessage("mu0 = NaN must be finite", () -> ascent.run(Double.NaN, 5, 0.1, 10));
        assertMessage("sigma = -1.0 must be > 0", () -> MeanGradientDescent.of(DATA, -1));
        assertMessage(
                "steps = -3 must be >= 0", () -> MeanGradientDescent.of(DATA, 1).run(45, 0.1, -3));
        assertMessage(
                "learningRate = 0.0 must be > 0",
                () -> MeanGradientDescent.of(DATA, 1).run(45, 0, 3));
        GradientPath path = ascent.run(50, 5, 0.1, 1);
        assertMessage("name = tau is not one of the parameters [mu, sigma]", () -> path.parameter("tau"));
    }

    private static double logLikelihood(double mu, double sigma) {
        return Likelihood.of(Normal.of(mu, sigma), DATA).logLikelihood();
    }
}
