package nll.exercise.content;

import java.util.List;
import java.util.function.ToDoubleFunction;
import nll.distribution.Normal;
import nll.exercise.Definition;
import nll.exercise.Exercise;
import nll.exercise.ExerciseSet;
import nll.exercise.Solution;
import nll.likelihood.Likelihood;
import nll.logspace.LogSumExp;

/** Exercises of notebook 03 (log-likelihood), their solutions and the mistakes they recognise. */
public final class Notebook03 implements ExerciseSet {

    @Override
    public String notebook() {
        return "03";
    }

    /** The notebook's exercises, in order. */
    @Override
    public List<Definition<?, ?>> exercises() {
        return List.of(stableLogLikelihood(), logSumExp(), floatLogSumExp());
    }

    private static Definition<Exercise.OfSample, Double> stableLogLikelihood() {
        Definition.Builder<Exercise.OfSample, Double> e = Definition.number(
                "03.1",
                "a log-likelihood that does not underflow",
                Exercise.OfSample.class,
                "(double[] xs, double mu, double sigma) -> stableLogLikelihood(xs, mu, sigma)");
        e.solution(Notebook03.class, Notebook03::stableLogLikelihood);
        List<Cases.Sample> cases = List.of(
                new Cases.Sample(Cases.FIVE_POINTS, 50, 5),
                new Cases.Sample(Cases.normalSample(10_000, 0, 1, 42), 0, 1),
                new Cases.Sample(Cases.normalSample(10_000, 50, 5, 7), 52, 4),
                new Cases.Sample(new double[] {0}, 0, 0.1));
        for (Cases.Sample c : cases) {
            e.check(
                    "ln L(" + c.normal() + " | " + Cases.text(c.xs()) + ")",
                    c::callOn,
                    Likelihood.of(Normal.of(c.mu(), c.sigma()), c.xs()).logLikelihood(),
                    1e-10,
                    "sum ln f(x) = sum of (-z^2 / 2 - ln sigma - ln(2 pi) / 2)");
        }
        return e.mistake(
                        "log of the product",
                        "add the logs of the densities: the product of 10,000 densities"
                                + " underflows to 0, and ln 0 is -Infinity",
                        (xs, mu, sigma) -> Math.log(Notebook02.sampleLikelihood(xs, mu, sigma)))
                .mistake(
                        "no ln sigma",
                        "each log density has a term -ln sigma, from the 1 / sigma in front",
                        (xs, mu, sigma) -> {
                            double sum = 0;
                            for (double x : xs)
                                sum += -(x - mu) * (x - mu) / (2 * sigma * sigma) - Math.log(2 * Math.PI) / 2;
                            return sum;
                        })
                .build();
    }

    @Solution("03.1")
    static double stableLogLikelihood(double[] xs, double mu, double sigma) {
        double sum = 0;
        for (double x : xs) {
            double z = (x - mu) / sigma;
            sum += -z * z / 2 - Math.log(sigma) - Math.log(2 * Math.PI) / 2;
        }
        return sum;
    }

    private static Definition<ToDoubleFunction<double[]>, Double> logSumExp() {
        Definition.Builder<ToDoubleFunction<double[]>, Double> e = Definition.number(
                "03.2", "log-sum-exp without overflow", ToDoubleFunction.class, "(double[] a) -> logSumExp(a)");
        e.solution(Notebook03.class, Notebook03::logSumExp);
        double[][] cases = {
            {1000, 1001, 1002},
            {-1000, -1001, -1002},
            {0, 0},
            {Math.log(0.015), Math.log(0.05), Math.log(0.01)},
            {710, 0},
            {-3.5}
        };
        for (double[] a : cases) {
            String label = a[0] == Math.log(0.015) ? "the logs of the post's {0.015, 0.05, 0.01}" : Cases.text(a);
            e.check(
                    label,
                    f -> f.applyAsDouble(a.clone()),
                    LogSumExp.of(a),
                    1e-12,
                    "ln sum exp(a) = m + ln sum exp(a - m), with m the largest a");
        }
        return e.mistake(
                        "no shift",
                        "subtract the largest value first: exp(1000) overflows to Infinity and exp(-1000)"
                                + " underflows to 0",
                        a -> {
                            double sum = 0;
                            for (double x : a) sum += Math.exp(x);
                            return Math.log(sum);
                        })
                .mistake(
                        "the maximum alone",
                        "the maximum is only the first term: add ln sum exp(a - max)",
                        a -> java.util.Arrays.stream(a).max().getAsDouble())
                .build();
    }

    @Solution("03.2")
    static double logSumExp(double[] a) {
        double m = Double.NEGATIVE_INFINITY;
        for (double x : a) {
            m = Math.max(m, x);
        }
        double sum = 0;
        for (double x : a) {
            sum += Math.exp(x - m);
        }
        return m + Math.log(sum);
    }

    private static Definition<ToDoubleFunction<float[]>, Double> floatLogSumExp() {
        Definition.Builder<ToDoubleFunction<float[]>, Double> e = Definition.number(
                "03.3", "log-sum-exp in float", ToDoubleFunction.class, "(float[] a) -> logSumExpFloat(a)");
        e.solution(Notebook03.class, Notebook03::logSumExpFloat);
        float[][] cases = {{88f, 89f, 90f}, {-104f, -105f}, {1f, 2f, 3f}, {0f}, {50f, 50f, 50f, 50f}};
        for (float[] a : cases) {
            double[] asDouble = new double[a.length];
            for (int i = 0; i < a.length; i++) asDouble[i] = a[i];
            e.check(
                    Cases.text(asDouble) + " as floats",
                    f -> f.applyAsDouble(a.clone()),
                    (double) LogSumExp.of(a),
                    1e-6,
                    "the same shift by the largest value, in float arithmetic");
        }
        return e.mistake(
                        "no shift",
                        "subtract the largest value first: in float, exp(89) already overflows to"
                                + " Infinity and exp(-104) underflows to 0",
                        a -> {
                            float sum = 0f;
                            for (float x : a) sum += (float) Math.exp(x);
                            return (float) Math.log(sum);
                        })
                .mistake("max not added back", "after summing exp(a - max), add the max back: m + ln sum", a -> {
                    float m = Float.NEGATIVE_INFINITY;
                    for (float x : a) m = Math.max(m, x);
                    float sum = 0f;
                    for (float x : a) sum += (float) Math.exp(x - m);
                    return (float) Math.log(sum);
                })
                .build();
    }

    @Solution("03.3")
    static float logSumExpFloat(float[] a) {
        float m = Float.NEGATIVE_INFINITY;
        for (float x : a) {
            m = Math.max(m, x);
        }
        float sum = 0f;
        for (float x : a) {
            sum += (float) Math.exp(x - m);
        }
        return m + (float) Math.log(sum);
    }
}
