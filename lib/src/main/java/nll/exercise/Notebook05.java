package nll.exercise;

import java.util.List;

import nll.distribution.Normal;
import nll.likelihood.Likelihood;

/** Exercises of notebook 05 (negative log likelihood), their solutions and the mistakes they recognise. */
final class Notebook05 {

    private Notebook05() {
    }

    static List<Definition<?>> exercises() {
        return List.of(sampleNll(), gradient(), descent());
    }

    private static double nllOf(double[] xs, double mu, double sigma) {
        return Likelihood.of(Normal.of(mu, sigma), xs).nll();
    }

    private static Definition<Exercise.OfSample> sampleNll() {
        Definition.Builder<Exercise.OfSample> e = Definition.builder("05.1", "the negative log likelihood",
                        Exercise.OfSample.class, "(double[] xs, double mu, double sigma) -> sampleNll(xs, mu, sigma)")
                .solution("sampleNll", Notebook05::sampleNll);
        Object[][] cases = {{Cases.FIVE_POINTS, 50.0, 5.0}, {Cases.FIVE_POINTS, 52.295, 3.1673},
                {Cases.normalSample(1000, 0, 1, 9), 0.5, 2.0}, {new double[] {0, 0.05}, 0.0, 0.1}};
        for (Object[] c : cases) {
            double[] xs = (double[]) c[0];
            double mu = (double) c[1], sigma = (double) c[2];
            e.check(Cases.format("NLL of N(%s, %s), %s", Cases.num(mu), Cases.num(sigma), Cases.text(xs)),
                    f -> f.apply(xs.clone(), mu, sigma), nllOf(xs, mu, sigma), 1e-10,
                    "NLL = -sum ln f(x | mu, sigma)");
        }
        return e.mistake("no minus", "the NLL is minus the log-likelihood, so that smaller is better",
                        Notebook03::stableLogLikelihood)
                .mistake("average", "this exercise wants the sum over the points; the average divides it by n",
                        (xs, mu, sigma) -> -Notebook03.stableLogLikelihood(xs, mu, sigma) / xs.length)
                .build();
    }

    static double sampleNll(double[] xs, double mu, double sigma) {
        double sum = 0;
        for (double x : xs) {
            double z = (x - mu) / sigma;
            sum += z * z / 2 + Math.log(sigma) + Math.log(2 * Math.PI) / 2;
        }
        return sum;
    }

    private static Definition<Exercise.OfSample> gradient() {
        Definition.Builder<Exercise.OfSample> e = Definition.builder("05.2", "the NLL's derivative in mu",
                        Exercise.OfSample.class,
                                "(double[] xs, double mu, double sigma) -> nllSlopeInMu(xs, mu, sigma)")
                .solution("nllSlopeInMu", Notebook05::nllSlopeInMu);
        Object[][] cases = {{Cases.FIVE_POINTS, 50.0, 5.0}, {Cases.FIVE_POINTS, 55.0, 3.0},
                {Cases.normalSample(200, 1, 2, 4), -1.0, 2.0}, {new double[] {0, 4}, 1.0, 0.5}};
        for (Object[] c : cases) {
            double[] xs = (double[]) c[0];
            double mu = (double) c[1], sigma = (double) c[2];
            double h = 1e-5;
            double centralDifference = (nllOf(xs, mu + h, sigma) - nllOf(xs, mu - h, sigma)) / (2 * h);
            e.check(Cases.format("d NLL / d mu at N(%s, %s), %s", Cases.num(mu), Cases.num(sigma), Cases.text(xs)),
                    f -> f.apply(xs.clone(), mu, sigma), centralDifference, 1e-6,
                    "differentiate sum (x - mu)^2 / (2 sigma^2) in mu; checked against a central difference");
        }
        return e.mistake("sign error",
                "below the mean the NLL falls as mu grows: d NLL / d mu = -sum (x - mu) / sigma^2",
                        (xs, mu, sigma) -> -nllSlopeInMu(xs, mu, sigma))
                .mistake("sigma, not sigma squared",
                        "divide by sigma squared: (x - mu)^2 / (2 sigma^2) is the term you differentiate",
                        (xs, mu, sigma) -> sigma * nllSlopeInMu(xs, mu, sigma))
                .build();
    }

    static double nllSlopeInMu(double[] xs, double mu, double sigma) {
        double slope = 0;
        for (double x : xs) {
            slope -= (x - mu) / (sigma * sigma);
        }
        return slope;
    }

    private static Definition<Exercise.OfSampleAndParameter> descent() {
        Definition.Builder<Exercise.OfSampleAndParameter> e = Definition.builder("05.3",
                        "sigma by gradient descent on the NLL", Exercise.OfSampleAndParameter.class,
                        "(double[] xs, double mu) -> sigmaByDescent(xs, mu)")
                .solution("sigmaByDescent", Notebook05::sigmaByDescent);
        Object[][] cases = {{Cases.FIVE_POINTS, 50.0}, {Cases.FIVE_POINTS, 52.295}, {new double[] {0, 10}, 5.0},
                {Cases.normalSample(1000, 3, 0.01, 8), 3.0}, {new double[] {100, 300, 200}, 0.0}};
        Cases.checkSigmaForFixedMu(e, cases,
                "from s = ln max |x - mu|, 200 steps of s -= 0.25 * (1 - m2 * exp(-2 s)), m2 the mean of (x - mu)^2");
        return e.mistake("ascent", "gradient descent goes downhill: subtract 0.25 times the gradient, do not add it",
                        (xs, mu) -> descend(xs, mu, -0.25))
                .mistake("gradient of the sum", "use the average NLL's gradient: the sum's is n times larger and"
                                + " makes a step of 0.25 overshoot",
                        (xs, mu) -> descend(xs, mu, 0.25 * xs.length))
                .build();
    }

    private static double descend(double[] xs, double mu, double rate) {
        double m2 = 0, largest = 0;
        for (double x : xs) {
            m2 += (x - mu) * (x - mu) / xs.length;
            largest = Math.max(largest, Math.abs(x - mu));
        }
        double s = Math.log(largest);
        for (int step = 0; step < 200; step++) s -= rate * (1 - m2 * Math.exp(-2 * s));
        return Math.exp(s);
    }

    static double sigmaByDescent(double[] xs, double mu) {
        double m2 = 0, largest = 0;
        for (double x : xs) {
            m2 += (x - mu) * (x - mu) / xs.length;
            largest = Math.max(largest, Math.abs(x - mu));
        }
        double s = Math.log(largest);
        for (int step = 0; step < 200; step++) {
            s -= 0.25 * (1 - m2 * Math.exp(-2 * s));
        }
        return Math.exp(s);
    }
}
