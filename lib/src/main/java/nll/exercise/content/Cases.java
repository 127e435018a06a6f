package nll.exercise.content;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.ToDoubleBiFunction;
import nll.distribution.Normal;
import nll.exercise.Definition;
import nll.exercise.Exercise;
import nll.format.DecimalText;
import nll.mle.NormalMle;

/** The checks' inputs: typed cases per shape of function, seeded samples and counts, and how labels write them. */
// The case records carry arrays: a learner's function gets copies of them (callOn), and no case is compared or hashed.
@SuppressWarnings("ArrayRecordComponent")
final class Cases {

    /** The post's five observations. */
    static final double[] FIVE_POINTS = {48.8292, 49.3087, 52.4836, 53.2384, 57.6151};

    private Cases() {}

    /** The inputs of {@code (double[] xs, double mu, double sigma) -> double}: a sample and a normal's parameters. */
    record Sample(double[] xs, double mu, double sigma) {
        /** The learner's function on a copy of the sample, so that a change to it spoils no later check. */
        double callOn(Exercise.OfSample f) {
            return f.apply(xs.clone(), mu, sigma);
        }

        /** {@code N(mu, sigma)} as a learner writes it. */
        String normal() {
            return format("N(%s, %s)", DecimalText.shortest(mu), DecimalText.shortest(sigma));
        }
    }

    /** The inputs of {@code (double[] xs, double theta) -> double}: a sample and one parameter. */
    record SampleAt(double[] xs, double theta) {
        double callOn(Exercise.OfSampleAndParameter f) {
            return f.apply(xs.clone(), theta);
        }
    }

    /** The inputs of {@code (long[][] counts, int i, int j, double weight) -> double}: one cell of a count matrix. */
    record Cell(long[][] counts, int i, int j, double weight) {
        double callOn(Exercise.OfCell f) {
            return f.apply(copy(counts), i, j, weight);
        }

        /** {@code "3 x 3 counts, P(0 -> 1), alpha = 1"}, the weight named {@code weightName}. */
        String label(String weightName) {
            return format(
                    "%d x %d counts, P(%d -> %d), %s = %s",
                    counts.length, counts.length, i, j, weightName, DecimalText.shortest(weight));
        }
    }

    /** The inputs of {@code (long[][] counts, double[][] P) -> double}: counts and a model's rows, labelled. */
    record CountsAndRows(String label, long[][] counts, double[][] p) {
        double callOn(ToDoubleBiFunction<long[][], double[][]> f) {
            return f.applyAsDouble(copy(counts), copy(p));
        }
    }

    /** The inputs of {@code (long[][] counts, double[][] W, double rate) -> double[][]}, labelled. */
    record Step(String label, long[][] counts, double[][] w, double rate) {
        double[][] callOn(Exercise.OfTwoAndParameter<long[][], double[][], double[][]> f) {
            return f.apply(copy(counts), copy(w), rate);
        }
    }

    /** The inputs of {@code (long[][] training, long[][] heldOut, double alpha) -> double}, labelled. */
    record Split(String label, long[][] training, long[][] heldOut, double alpha) {
        Double callOn(Exercise.OfTwoAndParameter<long[][], long[][], Double> f) {
            return f.apply(copy(training), copy(heldOut), alpha);
        }
    }

    /**
     * The sigma that maximises a normal likelihood of {@code xs} for a fixed {@code mu}, from the closed-form
     * MLE: {@code sqrt(var + (mean - mu)^2)}, the root mean square of {@code x - mu}.
     */
    static double sigmaForFixedMu(double[] xs, double mu) {
        NormalMle fit = NormalMle.of(xs);
        return Math.sqrt(fit.variance() + (fit.mean() - mu) * (fit.mean() - mu));
    }

    /**
     * Adds one check per case: the learner's sigma for {@code xs} at the fixed {@code mu = theta} against
     * {@link #sigmaForFixedMu}, to 1e-9, with {@code hint} shown when it is off.
     */
    static void checkSigmaForFixedMu(
            Definition.Builder<Exercise.OfSampleAndParameter, Double> exercise, List<SampleAt> cases, String hint) {
        for (SampleAt c : cases) {
            exercise.check(
                    format("%s, mu = %s", text(c.xs()), DecimalText.shortest(c.theta())),
                    c::callOn,
                    sigmaForFixedMu(c.xs(), c.theta()),
                    1e-9,
                    hint);
        }
    }

    static double[] normalSample(int n, double mu, double sigma, long seed) {
        return Normal.of(mu, sigma).samples(n, seed);
    }

    /** {@code n} draws of an exponential with rate {@code rate}: {@code -ln(1 - u) / rate}. */
    static double[] exponentialSample(int n, double rate, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = -Math.log1p(-random.nextDouble()) / rate;
        }
        return xs;
    }

    /** A {@code size} x {@code size} matrix of counts from 0 to {@code largest}, about a fifth of them 0. */
    static long[][] counts(int size, int largest, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[][] counts = new long[size][size];
        for (long[] row : counts) {
            for (int j = 0; j < size; j++) {
                row[j] = random.nextInt(5) == 0 ? 0 : 1 + random.nextInt(largest);
            }
        }
        return counts;
    }

    /** A {@code size} x {@code size} matrix of N(0, 1) weights. */
    static double[][] weights(int size, long seed) {
        double[] values = Normal.of(0, 1).samples(size * size, seed);
        double[][] w = new double[size][];
        for (int i = 0; i < size; i++) {
            w[i] = Arrays.copyOfRange(values, i * size, (i + 1) * size);
        }
        return w;
    }

    /** The rows of {@code counts} plus {@code alpha}, each divided by its total. */
    static double[][] smoothedRows(long[][] counts, double alpha) {
        double[][] p = new double[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            double total = Arrays.stream(counts[i]).sum() + alpha * counts[i].length;
            p[i] = new double[counts[i].length];
            for (int j = 0; j < p[i].length; j++) {
                p[i][j] = (counts[i][j] + alpha) / total;
            }
        }
        return p;
    }

    /** A copy of {@code counts} for the learner's code, so that a method that changes its input spoils no later check. */
    static long[][] copy(long[][] counts) {
        return Arrays.stream(counts).map(long[]::clone).toArray(long[][]::new);
    }

    /** A copy of {@code matrix}, for the same reason. */
    static double[][] copy(double[][] matrix) {
        return Arrays.stream(matrix).map(double[]::clone).toArray(double[][]::new);
    }

    /** A short array as a learner writes it, {1, 2.5}; a long one by its size. */
    static String text(double[] xs) {
        if (xs.length > 5) {
            return format("%,d values", xs.length);
        }
        StringBuilder text = new StringBuilder("{");
        for (int i = 0; i < xs.length; i++) {
            text.append(i == 0 ? "" : ", ").append(DecimalText.shortest(xs[i]));
        }
        return text.append('}').toString();
    }

    static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
