package nll.exercise.content;

import java.util.List;
import nll.distribution.Normal;
import nll.exercise.Definition;
import nll.exercise.Exercise;
import nll.exercise.ExerciseSet;
import nll.exercise.Solution;
import nll.likelihood.Likelihood;

/** Exercises of notebook 05 (negative log likelihood), their solutions and the mistakes they recognise. */
public final class Notebook05 implements ExerciseSet {

    @Override
    public String notebook() {
        return "05";
    }

    /** The notebook's exercises, in order. */
    @Override
    public List<Definition<?, ?>> exercises() {
        return List.of(sampleNll(), gradient(), descent());
    }

    private static double nllOf(double[] xs, double mu, double sigma) {
        return Likelihood.of(Normal.of(mu, sigma), xs).nll();
    }

    private static Definition<Exercise.OfSample, Double> sampleNll() {
        Definition.Builder<Exercise.OfSample, Double> e = Definition.number(
                "05.1",
                "the negative log likelihood",
                Exercise.OfSample.class,
                "(double[] xs, double mu, double sigma) -> sampleNll(xs, mu, sigma)");
        e.solution(Notebook05.class, Notebook05::sampleNll);
        List<Cases.Sample> cases = List.of(
                new Cases.Sample(Cases.FIVE_POINTS, 50, 5),
                new Cases.Sample(Cases.FIVE_POINTS, 52.295, 3.1673),
                new Cases.Sample(Cases.normalSample(1000, 0, 1, 9), 0.5, 2),
                new Cases.Sample(new double[] {0, 0.05}, 0, 0.1));
        for (Cases.Sample c : cases) {
            e.check(
                    "NLL of " + c.normal() + ", " + Cases.text(c.xs()),
                    c::callOn,
                    nllOf(c.xs(), c.mu(), c.sigma()),
                    1e-10,
                    "NLL = -sum ln f(x | mu, sigma)");
        }
        return e.mistake(
                        "no minus",
                        "the NLL is minus the log-likelihood, so that smaller is better",
                        Notebook03::stableLogLikelihood)
                .mistake(
                        "average",
                        "this exercise wants the sum over the points; the average divides it by n",
                        (xs, mu, sigma) -> -Notebook03.stableLogLikelihood(xs, mu, sigma) / xs.length)
                .build();
    }

    @Solution("05.1")
    static double sampleNll(double[] xs, double mu, double sigma) {
        double sum = 0;
        for (double x : xs) {
            double z = (x - mu) / sigma;
            sum += z * z / 2 + Math.log(sigma) + Math.log(2 * Math.PI) / 2;
        }
        return sum;
    }

    private static Definition<Exercise.OfSample, Double> gradient() {
        Definition.Builder<Exercise.OfSample, Double> e = Definition.number(
                "05.2",
                "the NLL's derivative in mu",
                Exercise.OfSample.class,
                "(double[] xs, double mu, double sigma) -> nllSlopeInMu(xs, mu, sigma)");
        e.solution(Notebook05.class, Notebook05::nllSlopeInMu);
        List<Cases.Sample> cases = List.of(
                new Cases.Sample(Cases.FIVE_POINTS, 50, 5),
                new Cases.Sample(Cases.FIVE_POINTS, 55, 3),
                new Cases.Sample(Cases.normalSample(200, 1, 2, 4), -1, 2),
                new Cases.Sample(new double[] {0, 4}, 1, 0.5));
        for (Cases.Sample c : cases) {
            double h = 1e-5;
            double centralDifference =
                    (nllOf(c.xs(), c.mu() + h, c.sigma()) - nllOf(c.xs(), c.mu() - h, c.sigma())) / (2 * h);
            e.check(
                    "d NLL / d mu at " + c.normal() + ", " + Cases.text(c.xs()),
                    c::callOn,
                    centralDifference,
                    1e-6,
                    "differentiate sum (x - mu)^2 / (2 sigma^2) in mu; checked against a central difference");
        }
        return e.mistake(
                        "sign error",
                        "below the mean the NLL falls as mu grows: d NLL / d mu = -sum (x - mu) / sigma^2",
                        (xs, mu, sigma) -> -nllSlopeInMu(xs, mu, sigma))
                .mistake(
                        "sigma, not sigma squared",
                        "divide by sigma squared: (x - mu)^2 / (2 sigma^2) is the term you differentiate",
                        (xs, mu, sigma) -> sigma * nllSlopeInMu(xs, mu, sigma))
                .build();
    }

    @Solution("05.2")
    static double nllSlopeInMu(double[] xs, double mu, double sigma) {
        double slope = 0;
        for (double x : xs) {
            slope -= (x - mu) / (sigma * sigma);
        }
        return slope;
    }

    private static Definition<Exercise.OfSampleAndParameter, Double> descent() {
        Definition.Builder<Exercise.OfSampleAndParameter, Double> e = Definition.number(
                "05.3",
                "sigma by gradient descent on the NLL",
                Exercise.OfSampleAndParameter.class,
                "(double[] xs, double mu) -> sigmaByDescent(xs, mu)");
        e.solution(Notebook05.class, Notebook05::sigmaByDescent);
        List<Cases.SampleAt> cases = List.of(
                new Cases.SampleAt(Cases.FIVE_POINTS, 50),
                new Cases.SampleAt(Cases.FIVE_POINTS, 52.295),
                new Cases.SampleAt(new double[] {0, 10}, 5),
                new Cases.SampleAt(Cases.normalSample(1000, 3, 0.01, 8), 3),
                new Cases.SampleAt(new double[] {100, 300, 200}, 0));
        Cases.checkSigmaForFixedMu(
                e,
                cases,
                "from s = ln max |x - mu|, 200 steps of s -= 0.25 * (1 - m2 * exp(-2 s)), m2 the mean of (x - mu)^2");
        return e.mistake(
                        "ascent",
                        "gradient descent goes downhill: subtract 0.25 times the gradient, do not add it",
                        (xs, mu) -> descend(xs, mu, -0.25))
                .mistake(
                        "gradient of the sum",
                        "use the average NLL's gradient: the sum's is n times larger and"
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

    @Solution("05.3")
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
