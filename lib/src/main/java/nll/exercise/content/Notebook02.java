package nll.exercise.content;

import java.util.List;
import java.util.function.ToDoubleFunction;
import nll.distribution.Normal;
import nll.exercise.Definition;
import nll.exercise.Exercise;
import nll.exercise.ExerciseSet;
import nll.exercise.Solution;
import nll.likelihood.Likelihood;
import nll.mle.NormalMle;

/** Exercises of notebook 02 (likelihood), their solutions and the mistakes they recognise. */
public final class Notebook02 implements ExerciseSet {

    @Override
    public String notebook() {
        return "02";
    }

    /** The notebook's exercises, in order. */
    @Override
    public List<Definition<?, ?>> exercises() {
        return List.of(sampleLikelihood(), sigmaForMu(), ratio());
    }

    private static Definition<Exercise.OfSample, Double> sampleLikelihood() {
        Definition.Builder<Exercise.OfSample, Double> e = Definition.number(
                "02.1",
                "the likelihood of a sample",
                Exercise.OfSample.class,
                "(double[] xs, double mu, double sigma) -> sampleLikelihood(xs, mu, sigma)");
        e.solution(Notebook02.class, Notebook02::sampleLikelihood);
        List<Cases.Sample> cases = List.of(
                new Cases.Sample(Cases.FIVE_POINTS, 50, 5),
                new Cases.Sample(Cases.FIVE_POINTS, 45, 8),
                new Cases.Sample(new double[] {52.295}, 52.295, 3.1673),
                new Cases.Sample(new double[] {1, 2, 3, 4}, 2, 1.5),
                new Cases.Sample(Cases.normalSample(8, 10, 2, 7), 10, 2));
        for (Cases.Sample c : cases) {
            e.checkRelative(
                    "L(" + c.normal() + " | " + Cases.text(c.xs()) + ")",
                    c::callOn,
                    Likelihood.of(Normal.of(c.mu(), c.sigma()), c.xs()).product(),
                    1e-9,
                    "multiply the densities f(x | mu, sigma) of all the points");
        }
        return e.mistake(
                        "sum of densities",
                        "multiply the densities: independent points' likelihoods multiply, they do not add",
                        (xs, mu, sigma) -> {
                            double sum = 0;
                            for (double x : xs) sum += Notebook01.normalDensity(x, mu, sigma);
                            return sum;
                        })
                .mistake(
                        "no normalising constant",
                        "each density needs its factor 1 / (sigma sqrt(2 pi))",
                        (xs, mu, sigma) -> {
                            double product = 1;
                            for (double x : xs) product *= Math.exp(-(x - mu) * (x - mu) / (2 * sigma * sigma));
                            return product;
                        })
                .build();
    }

    @Solution("02.1")
    static double sampleLikelihood(double[] xs, double mu, double sigma) {
        double product = 1;
        for (double x : xs) {
            double z = (x - mu) / sigma;
            product *= Math.exp(-z * z / 2) / (sigma * Math.sqrt(2 * Math.PI));
        }
        return product;
    }

    private static Definition<Exercise.OfSampleAndParameter, Double> sigmaForMu() {
        Definition.Builder<Exercise.OfSampleAndParameter, Double> e = Definition.number(
                "02.2",
                "the sigma that maximises the likelihood for a given mu",
                Exercise.OfSampleAndParameter.class,
                "(double[] xs, double mu) -> sigmaForMu(xs, mu)");
        e.solution(Notebook02.class, Notebook02::sigmaForMu);
        List<Cases.SampleAt> cases = List.of(
                new Cases.SampleAt(Cases.FIVE_POINTS, 50),
                new Cases.SampleAt(Cases.FIVE_POINTS, 55),
                new Cases.SampleAt(new double[] {0, 10}, 5),
                new Cases.SampleAt(Cases.normalSample(20, 3, 0.5, 11), 3),
                new Cases.SampleAt(new double[] {1, 2, 3, 4}, 0));
        Cases.checkSigmaForFixedMu(e, cases, "setting d/d sigma of ln L to 0 gives sigma^2 = (1/n) sum (x - mu)^2");
        return e.mistake("n - 1", "maximum likelihood divides by n, not by n - 1", (xs, mu) -> {
                    double squares = 0;
                    for (double x : xs) squares += (x - mu) * (x - mu);
                    return Math.sqrt(squares / (xs.length - 1));
                })
                .mistake(
                        "around the sample mean",
                        "measure the spread around the given mu, not around the sample's mean",
                        (xs, mu) -> NormalMle.of(xs).sigma())
                .build();
    }

    @Solution("02.2")
    static double sigmaForMu(double[] xs, double mu) {
        double squares = 0;
        for (double x : xs) {
            squares += (x - mu) * (x - mu);
        }
        return Math.sqrt(squares / xs.length);
    }

    private static Definition<ToDoubleFunction<double[]>, Double> ratio() {
        Definition.Builder<ToDoubleFunction<double[]>, Double> e = Definition.number(
                "02.3",
                "how many times likelier the data are under A = N(50, 5) than under B = N(45, 8)",
                ToDoubleFunction.class,
                "(double[] xs) -> ratioAtoB(xs)");
        e.solution(Notebook02.class, Notebook02::ratioAtoB);
        double[][] cases = {Cases.FIVE_POINTS, {45}, {50, 50}, {40, 60, 55}, Cases.normalSample(6, 47, 6, 3)};
        for (double[] xs : cases) {
            double logRatio = Likelihood.of(Normal.of(50, 5), xs).logLikelihood()
                    - Likelihood.of(Normal.of(45, 8), xs).logLikelihood();
            e.checkRelative(
                    Cases.text(xs),
                    f -> f.applyAsDouble(xs.clone()),
                    Math.exp(logRatio),
                    1e-9,
                    "divide the likelihood under A by the likelihood under B");
        }
        return e.mistake(
                        "B over A",
                        "A's likelihood goes on top: the ratio says how many times likelier under A",
                        xs -> sampleLikelihood(xs, 45, 8) / sampleLikelihood(xs, 50, 5))
                .mistake(
                        "difference",
                        "compare likelihoods by their ratio, not their difference: only ratios mean anything",
                        xs -> sampleLikelihood(xs, 50, 5) - sampleLikelihood(xs, 45, 8))
                .build();
    }

    @Solution("02.3")
    static double ratioAtoB(double[] xs) {
        double ratio = 1;
        for (double x : xs) {
            double a = Math.exp(-(x - 50) * (x - 50) / (2 * 25)) / (5 * Math.sqrt(2 * Math.PI));
            double b = Math.exp(-(x - 45) * (x - 45) / (2 * 64)) / (8 * Math.sqrt(2 * Math.PI));
            ratio *= a / b;
        }
        return ratio;
    }
}
