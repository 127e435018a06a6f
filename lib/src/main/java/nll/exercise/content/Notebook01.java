package nll.exercise.content;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import nll.distribution.Normal;
import nll.exercise.Definition;
import nll.exercise.Exercise;
import nll.exercise.ExerciseSet;
import nll.exercise.Solution;
import nll.format.DecimalText;

/** Exercises of notebook 01 (probability), their solutions and the mistakes they recognise. */
public final class Notebook01 implements ExerciseSet {

    @Override
    public String notebook() {
        return "01";
    }

    /** The notebook's exercises, in order. */
    @Override
    public List<Definition<?, ?>> exercises() {
        return List.of(pdf(), simpson(), withinSigmas());
    }

    private static Definition<Exercise.OfPoint, Double> pdf() {
        Definition.Builder<Exercise.OfPoint, Double> e = Definition.number(
                "01.1",
                "the normal density",
                Exercise.OfPoint.class,
                "(double x, double mu, double sigma) -> normalDensity(x, mu, sigma)");
        e.solution(Notebook01.class, Notebook01::normalDensity);
        double[][] cases = {{50, 50, 2.5}, {45, 50, 2.5}, {0, 0, 0.1}, {-3, 1, 4}, {7.25, 7, 0.5}};
        for (double[] c : cases) {
            e.check(
                    Cases.format(
                            "f(%s) under N(%s, %s)",
                            DecimalText.shortest(c[0]), DecimalText.shortest(c[1]), DecimalText.shortest(c[2])),
                    f -> f.apply(c[0], c[1], c[2]),
                    Normal.of(c[1], c[2]).pdf(c[0]),
                    1e-12,
                    "f(x) = exp(-z^2 / 2) / (sigma sqrt(2 pi)) with z = (x - mu) / sigma");
        }
        return e.mistake(
                        "no 1/sigma",
                        "divide by sigma too: a wider curve must be lower so that its area stays 1",
                        (x, mu, sigma) -> Math.exp(-(x - mu) * (x - mu) / (2 * sigma * sigma)) / Math.sqrt(2 * Math.PI))
                .mistake(
                        "sigma for the variance",
                        "the exponent divides (x - mu)^2 by 2 sigma^2, the variance, not by 2 sigma",
                        (x, mu, sigma) ->
                                Math.exp(-(x - mu) * (x - mu) / (2 * sigma)) / (sigma * Math.sqrt(2 * Math.PI)))
                .build();
    }

    @Solution("01.1")
    static double normalDensity(double x, double mu, double sigma) {
        double z = (x - mu) / sigma;
        return Math.exp(-z * z / 2) / (sigma * Math.sqrt(2 * Math.PI));
    }

    private static Definition<Exercise.OfInterval, Double> simpson() {
        Definition.Builder<Exercise.OfInterval, Double> e = Definition.number(
                "01.2",
                "P(a <= X <= b) by Simpson's rule",
                Exercise.OfInterval.class,
                "(double a, double b, double mu, double sigma) -> simpsonProbability(a, b, mu, sigma)");
        e.solution(Notebook01.class, Notebook01::simpsonProbability);
        double[][] cases = {{45, 55, 50, 2.5}, {50, 52.5, 50, 2.5}, {-1, 2, 0, 1}, {10, 30, 20, 5}, {0.2, 0.3, 0, 0.1}};
        for (double[] c : cases) {
            e.check(
                    Cases.format(
                            "P(%s <= X <= %s) under N(%s, %s), to 1e-9",
                            DecimalText.shortest(c[0]),
                            DecimalText.shortest(c[1]),
                            DecimalText.shortest(c[2]),
                            DecimalText.shortest(c[3])),
                    f -> f.apply(c[0], c[1], c[2], c[3]),
                    Normal.of(c[2], c[3]).probability(c[0], c[1]),
                    1e-9,
                    "weights 1, 4, 2, 4, ..., 2, 4, 1 on an even number of strips, times h / 3; use 1000 strips");
        }
        return e.mistake(
                        "trapezoid rule",
                        "the trapezoid rule is not accurate to 1e-9: Simpson weights the points"
                                + " 1, 4, 2, 4, ..., 4, 1 and multiplies by h / 3",
                        (a, b, mu, sigma) -> {
                            int strips = 1000;
                            double h = (b - a) / strips;
                            double sum = (normalDensity(a, mu, sigma) + normalDensity(b, mu, sigma)) / 2;
                            for (int i = 1; i < strips; i++) sum += normalDensity(a + i * h, mu, sigma);
                            return sum * h;
                        })
                .mistake(
                        "h instead of h / 3",
                        "the weighted sum is multiplied by h / 3, not by h",
                        (a, b, mu, sigma) -> 3 * simpsonProbability(a, b, mu, sigma))
                .build();
    }

    @Solution("01.2")
    static double simpsonProbability(double a, double b, double mu, double sigma) {
        int strips = 1000;
        double h = (b - a) / strips;
        double sum = normalDensity(a, mu, sigma) + normalDensity(b, mu, sigma);
        for (int i = 1; i < strips; i++) {
            sum += (i % 2 == 1 ? 4 : 2) * normalDensity(a + i * h, mu, sigma);
        }
        return sum * h / 3;
    }

    private static Definition<DoubleUnaryOperator, Double> withinSigmas() {
        Definition.Builder<DoubleUnaryOperator, Double> e = Definition.number(
                "01.3",
                "P(|X - mu| <= k sigma) for any normal",
                DoubleUnaryOperator.class,
                "(double k) -> withinSigmas(k)");
        e.solution(Notebook01.class, Notebook01::withinSigmas);
        for (double k : new double[] {1, 2, 3, 0.5, 1.96}) {
            e.check(
                    "k = " + DecimalText.shortest(k),
                    f -> f.applyAsDouble(k),
                    Normal.of(0, 1).probability(-k, k),
                    1e-12,
                    "standardise: the interval is [-k, k] under N(0, 1), so the answer is F(k) - F(-k)");
        }
        Normal standard = Normal.of(0, 1);
        return e.mistake(
                        "one side",
                        "count both sides of the mean: F(k) - 0.5 is only the half above mu",
                        k -> standard.cdf(k) - 0.5)
                .mistake(
                        "no lower tail removed",
                        "subtract the mass below mu - k sigma: F(k) alone counts it",
                        k -> standard.cdf(k))
                .build();
    }

    @Solution("01.3")
    static double withinSigmas(double k) {
        Normal standard = Normal.of(0, 1);
        return standard.cdf(k) - standard.cdf(-k);
    }
}
