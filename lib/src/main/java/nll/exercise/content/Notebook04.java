package nll.exercise.content;

import java.util.List;
import java.util.function.ToDoubleFunction;
import nll.exercise.Definition;
import nll.exercise.Exercise;
import nll.exercise.ExerciseSet;
import nll.exercise.Solution;
import nll.format.DecimalText;
import nll.mle.NormalMle;

/** Exercises of notebook 04 (maximum likelihood), their solutions and the mistakes they recognise. */
public final class Notebook04 implements ExerciseSet {

    @Override
    public String notebook() {
        return "04";
    }

    /** The notebook's exercises, in order. */
    @Override
    public List<Definition<?, ?>> exercises() {
        return List.of(rate(), stableLogLikelihood(), ascent());
    }

    private static double[][] samples() {
        return new double[][] {{1, 2, 3}, {0.5}, {0.2, 1.7, 0.9, 3.1, 0.4}, {10, 20}, Cases.exponentialSample(100, 2, 5)
        };
    }

    private static Definition<ToDoubleFunction<double[]>, Double> rate() {
        Definition.Builder<ToDoubleFunction<double[]>, Double> e = Definition.number(
                "04.1",
                "the MLE of an exponential's rate",
                ToDoubleFunction.class,
                "(double[] xs) -> exponentialRate(xs)");
        e.solution(Notebook04.class, Notebook04::exponentialRate);
        for (double[] xs : samples()) {
            e.check(
                    Cases.text(xs),
                    f -> f.applyAsDouble(xs.clone()),
                    1 / NormalMle.of(xs).mean(),
                    1e-12,
                    "set d/d lambda of n ln lambda - lambda sum x to 0");
        }
        return e.mistake(
                        "the mean",
                        "the rate is one over the mean: waits of 1/2 on average mean a rate of 2",
                        xs -> NormalMle.of(xs).mean())
                .mistake(
                        "n - 1",
                        "the maximiser is n / sum x; (n - 1) / sum x is another estimator",
                        xs -> (xs.length - 1) / (NormalMle.of(xs).mean() * xs.length))
                .build();
    }

    @Solution("04.1")
    static double exponentialRate(double[] xs) {
        double sum = 0;
        for (double x : xs) {
            sum += x;
        }
        return xs.length / sum;
    }

    private static Definition<Exercise.OfSampleAndParameter, Double> stableLogLikelihood() {
        Definition.Builder<Exercise.OfSampleAndParameter, Double> e = Definition.number(
                "04.2",
                "the exponential's log-likelihood",
                Exercise.OfSampleAndParameter.class,
                "(double[] xs, double lambda) -> exponentialLogLikelihood(xs, lambda)");
        e.solution(Notebook04.class, Notebook04::exponentialLogLikelihood);
        double[] lambdas = {1, 2, 0.5, 0.1, 3};
        double[][] samples = samples();
        for (int k = 0; k < samples.length; k++) {
            double[] xs = samples[k];
            double lambda = lambdas[k];
            double expected =
                    xs.length * Math.log(lambda) - lambda * NormalMle.of(xs).mean() * xs.length;
            e.check(
                    Cases.format("%s, lambda = %s", Cases.text(xs), DecimalText.shortest(lambda)),
                    f -> f.apply(xs.clone(), lambda),
                    expected,
                    1e-10,
                    "ln f(x) = ln lambda - lambda x, summed over the points");
        }
        return e.mistake(
                        "one ln lambda",
                        "every point contributes its own ln lambda: n ln lambda in all",
                        (xs, lambda) ->
                                Math.log(lambda) - lambda * NormalMle.of(xs).mean() * xs.length)
                .mistake(
                        "sign error",
                        "the density lambda e^(-lambda x) falls with x: its log is ln lambda minus lambda x",
                        (xs, lambda) -> xs.length * Math.log(lambda)
                                + lambda * NormalMle.of(xs).mean() * xs.length)
                .build();
    }

    @Solution("04.2")
    static double exponentialLogLikelihood(double[] xs, double lambda) {
        double sum = 0;
        for (double x : xs) {
            sum += Math.log(lambda) - lambda * x;
        }
        return sum;
    }

    private static Definition<ToDoubleFunction<double[]>, Double> ascent() {
        Definition.Builder<ToDoubleFunction<double[]>, Double> e = Definition.number(
                "04.3",
                "the rate found by gradient ascent",
                ToDoubleFunction.class,
                "(double[] xs) -> rateByAscent(xs)");
        e.solution(Notebook04.class, Notebook04::rateByAscent);
        for (double[] xs : samples()) {
            e.check(
                    Cases.text(xs),
                    f -> f.applyAsDouble(xs.clone()),
                    1 / NormalMle.of(xs).mean(),
                    1e-9,
                    "200 steps of theta += 0.5 * (1 - exp(theta) * mean), from theta = 0, then lambda = exp(theta)");
        }
        return e.mistake("descent", "gradient ascent climbs: add 0.5 times the gradient, do not subtract it", xs -> {
                    double mean = NormalMle.of(xs).mean(), theta = 0;
                    for (int step = 0; step < 200; step++) theta -= 0.5 * (1 - Math.exp(theta) * mean);
                    return Math.exp(theta);
                })
                .mistake(
                        "gradient of the sum",
                        "use the average log-likelihood's gradient: the sum's is n times"
                                + " larger and makes a step of 0.5 overshoot",
                        xs -> {
                            double mean = NormalMle.of(xs).mean(), theta = 0;
                            for (int step = 0; step < 200; step++) {
                                theta += 0.5 * xs.length * (1 - Math.exp(theta) * mean);
                            }
                            return Math.exp(theta);
                        })
                .build();
    }

    @Solution("04.3")
    static double rateByAscent(double[] xs) {
        double mean = 0;
        for (double x : xs) {
            mean += x / xs.length;
        }
        double theta = 0;
        for (int step = 0; step < 200; step++) {
            theta += 0.5 * (1 - Math.exp(theta) * mean);
        }
        return Math.exp(theta);
    }
}
