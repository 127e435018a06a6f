package nll.bigram;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import nll.logspace.CompensatedSum;
import nll.validation.Require;

/**
 * A bigram character model: for each token {@code i}, a probability distribution {@code P(j | i)} over the 27
 * tokens that may follow it.
 */
public interface BigramModel {

    /** Longest name {@link #sample} produces before deciding the model does not end names. */
    int MAX_SAMPLED_LENGTH = 1000;

    /**
     * {@code P(j | previous)} for {@code j = 0 .. 26}, a fresh array that sums to 1.
     *
     * @param previous index of the preceding token, 0 to 26
     */
    double[] nextTokenProbabilities(int previous);

    /** {@code P(next | previous)}. */
    default double probability(int previous, int next) {
        Require.index("next", next, Vocabulary.SIZE);
        return nextTokenProbabilities(previous)[next];
    }

    /** The 27x27 matrix {@code P[i][j] = P(j | i)}; every row sums to 1. */
    default double[][] probabilities() {
        double[][] p = new double[Vocabulary.SIZE][];
        for (int i = 0; i < Vocabulary.SIZE; i++) {
            p[i] = nextTokenProbabilities(i);
        }
        return p;
    }

    /**
     * Average negative log likelihood of a dataset under this model,
     * {@code -(1/n) sum_k log P(ys[k] | xs[k])}, summed with compensation. It is {@code +Infinity} if an example has
     * probability 0.
     *
     * @param dataset the examples
     * @return the average NLL in nats
     */
    default double averageNll(BigramDataset dataset) {
        Require.nonNull("dataset", dataset, "a bigram dataset");
        double[][] logP = new double[Vocabulary.SIZE][];
        for (int i = 0; i < Vocabulary.SIZE; i++) {
            double[] row = nextTokenProbabilities(i);
            for (int j = 0; j < Vocabulary.SIZE; j++) {
                row[j] = Math.log(row[j]);
            }
            logP[i] = row;
        }
        int[] xs = dataset.sharedXs();
        int[] ys = dataset.sharedYs();
        CompensatedSum sum = new CompensatedSum();
        for (int k = 0; k < xs.length; k++) {
            sum.add(logP[xs[k]][ys[k]]);
        }
        return -sum.value() / xs.length;
    }

    /**
     * Samples names: start after {@code '.'}, draw each next token from {@code P(. | previous)} by inverting the
     * cumulative distribution at a uniform number from {@code new SplittableRandom(seed)}, and stop at {@code '.'}.
     * The same seed gives the same names.
     *
     * @param count number of names, at least 0
     * @param seed seed of the random generator
     * @return the names, each without the boundary tokens (possibly empty if the model ends a name at once)
     * @throws IllegalStateException if a name grows beyond {@link #MAX_SAMPLED_LENGTH} letters
     */
    default List<String> sample(int count, long seed) {
        Require.nonNegative("count", count);
        double[][] p = probabilities();
        SplittableRandom random = new SplittableRandom(seed);
        List<String> names = new ArrayList<>(count);
        for (int s = 0; s < count; s++) {
            StringBuilder name = new StringBuilder();
            int token = drawFrom(p[0], random.nextDouble());
            while (token != 0) {
                if (name.length() == MAX_SAMPLED_LENGTH) {
                    throw new IllegalStateException("a sampled name reached " + MAX_SAMPLED_LENGTH
                            + " letters without an end token: the model gives '.' almost no probability");
                }
                name.append(Vocabulary.tokenAt(token));
                token = drawFrom(p[token], random.nextDouble());
            }
            names.add(name.toString());
        }
        return names;
    }

    /** The first token whose cumulative probability exceeds {@code u}; the last possible token if rounding leaves
     * the cumulative sum just below {@code u}. */
    private static int drawFrom(double[] p, double u) {
        double cumulative = 0;
        int last = 0;
        for (int j = 0; j < p.length; j++) {
            if (p[j] > 0) {
                cumulative += p[j];
                last = j;
                if (u < cumulative) {
                    return j;
                }
            }
        }
        return last;
    }
}
