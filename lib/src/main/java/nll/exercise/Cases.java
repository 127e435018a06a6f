package nll.exercise;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

import nll.distribution.Normal;
import nll.format.DecimalText;
import nll.mle.NormalMle;

/** Seeded inputs for the checks, and how their labels write them. */
final class Cases {

    /** The post's five observations. */
    static final double[] FIVE_POINTS = {48.8292, 49.3087, 52.4836, 53.2384, 57.6151};

    private Cases() {
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
     * Adds one check per case {@code {double[] xs, double mu}}: the learner's sigma for {@code xs} at that fixed
     * {@code mu} against {@link #sigmaForFixedMu}, to 1e-9, with {@code hint} shown when it is off.
     */
    static void checkSigmaForFixedMu(Definition.Builder<Exercise.OfSampleAndParameter> exercise, Object[][] cases,
            String hint) {
        for (Object[] c : cases) {
            double[] xs = (double[]) c[0];
            double mu = (double) c[1];
            exercise.check(format("%s, mu = %s", text(xs), num(mu)), f -> f.apply(xs.clone(), mu),
                    sigmaForFixedMu(xs, mu), 1e-9, hint);
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

    /** A parameter as a learner writes it: 50, 2.5, 1.96 ({@link DecimalText#shortest}). */
    static String num(double x) {
        return DecimalText.shortest(x);
    }

    /** A short array as a learner writes it, {1, 2.5}; a long one by its size. */
    static String text(double[] xs) {
        if (xs.length > 5) {
            return format("%,d values", xs.length);
        }
        StringBuilder text = new StringBuilder("{");
        for (int i = 0; i < xs.length; i++) {
            text.append(i == 0 ? "" : ", ").append(num(xs[i]));
        }
        return text.append('}').toString();
    }

    static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
