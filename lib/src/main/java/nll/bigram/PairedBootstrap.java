package nll.bigram;

import nll.validation.Require;

/**
 * Standard errors of average NLLs by a seeded bootstrap over names: each replicate draws {@code n} names with
 * replacement from the {@code n} names of a held-out set and scores the drawn names, so the spread of the replicates
 * shows how much the figure would move on another set of names of the same size. The draws are shared by every model
 * scored, so the difference of two models' NLLs is computed replicate by replicate (a paired bootstrap), and its
 * standard error leaves out the variation the two models share. Immutable.
 *
 * <p>Replicate {@code r} (from 0) takes the names at {@code SplitMix64.index(seed, r n + t, n)} for
 * {@code t = 1 .. n}. A name of {@code m} letters adds its {@code m + 1} terms {@code -ln P} to the replicate's sum
 * and {@code m + 1} to its count of predictions; the replicate's NLL is the sum over the count. The estimate is the
 * NLL of the names themselves, and its standard error the standard deviation of the replicates,
 * {@code sqrt(sum_r (v_r - mean v)^2 / (B - 1))}.
 */
public final class PairedBootstrap {

    /** A figure and its bootstrap standard error. */
    public record Estimate(double value, double standardError) {}

    private final Names names;
    private final int[][] draws;

    private PairedBootstrap(Names names, int[][] draws) {
        this.names = names;
        this.draws = draws;
    }

    /**
     * Draws the resamples.
     *
     * @param names the held-out names, at least one
     * @param replicates the number of resamples, at least 2
     * @param seed the SplitMix64 seed
     * @throws IllegalArgumentException if {@code names} is null or empty or {@code replicates < 2}
     */
    public static PairedBootstrap of(Names names, int replicates, long seed) {
        Require.nonNull("names", names, "a list of names");
        Require.positive("names.size()", names.size());
        if (replicates < 2) {
            throw new IllegalArgumentException("replicates = " + replicates + " must be at least 2");
        }
        int n = names.size();
        int[][] draws = new int[replicates][n];
        for (int r = 0; r < replicates; r++) {
            for (int t = 0; t < n; t++) {
                draws[r][t] = SplitMix64.index(seed, (long) r * n + t + 1, n);
            }
        }
        return new PairedBootstrap(names, draws);
    }

    /** The number of replicates. */
    public int replicates() {
        return draws.length;
    }

    /** The model's average NLL on the names and its standard error. */
    public Estimate averageNll(BigramModel model) {
        Require.nonNull("model", model, "a bigram model");
        return differenceOrSingle(model, null);
    }

    /**
     * The first model's average NLL minus the second's on the names, and the standard error of the difference.
     *
     * @throws IllegalArgumentException if either model is null
     */
    public Estimate difference(BigramModel first, BigramModel second) {
        Require.nonNull("first", first, "a bigram model");
        Require.nonNull("second", second, "a bigram model");
        return differenceOrSingle(first, second);
    }

    private Estimate differenceOrSingle(BigramModel first, BigramModel second) {
        double[] nll = nameNll(first);
        if (second != null) {
            double[] other = nameNll(second);
            for (int k = 0; k < nll.length; k++) {
                nll[k] -= other[k];
            }
        }
        int[] predictions = new int[names.size()];
        long allPredictions = 0;
        double sum = 0;
        for (int k = 0; k < predictions.length; k++) {
            predictions[k] = names.get(k).length() + 1;
            allPredictions += predictions[k];
            sum += nll[k];
        }
        double[] values = new double[draws.length];
        double mean = 0;
        for (int r = 0; r < draws.length; r++) {
            double replicateSum = 0;
            long replicatePredictions = 0;
            for (int k : draws[r]) {
                replicateSum += nll[k];
                replicatePredictions += predictions[k];
            }
            values[r] = replicateSum / replicatePredictions;
            mean += values[r] / draws.length;
        }
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return new Estimate(sum / allPredictions, Math.sqrt(squares / (draws.length - 1)));
    }

    /** Each name's sum of {@code -ln P} over its letters and its end. */
    private double[] nameNll(BigramModel model) {
        double[][] p = model.probabilities();
        double[] nll = new double[names.size()];
        for (int k = 0; k < nll.length; k++) {
            String padded = Vocabulary.BOUNDARY + names.get(k) + Vocabulary.BOUNDARY;
            for (int c = 0; c + 1 < padded.length(); c++) {
                nll[k] -= Math.log(p[Vocabulary.indexOf(padded.charAt(c))][Vocabulary.indexOf(padded.charAt(c + 1))]);
            }
        }
        return nll;
    }
}
