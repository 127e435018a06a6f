package nll.bigram;

import java.util.ArrayList;
import java.util.List;
import nll.validation.Require;

/**
 * A seeded split of a list of names into training, development and test names, 80/10/10: the names, not their
 * bigrams, are shuffled, so every name lies whole in one part. Immutable.
 *
 * <p>The shuffle is Fisher-Yates driven by {@link SplitMix64}, written out here so that any language can reproduce it:
 *
 * <pre>
 *   state = seed
 *   next():  state = state + 0x9E3779B97F4A7C15            (all arithmetic modulo 2^64)
 *            z = (state ^ (state >>> 30)) * 0xBF58476D1CE4E5B9
 *            z = (z ^ (z >>> 27)) * 0x94D049BB133111EB
 *            return z ^ (z >>> 31)
 *   order = 0, 1, ..., n - 1
 *   for i = n - 1 down to 1:  j = next() mod (i + 1), unsigned;  swap order[i] and order[j]
 * </pre>
 *
 * <p>The first {@code floor(8n / 10)} names of the shuffled list are the training names, the next
 * {@code floor(n / 10)} the development names and the rest the test names. (Taking {@code next() mod (i + 1)}
 * favours small {@code j} by less than {@code n / 2^64}, about {@code 2e-15} for 32,257 names.) A name that occurs
 * twice in the list is two names here and may land in two parts.
 */
public final class NameSplit {

    private final long seed;
    private final Names train;
    private final Names dev;
    private final Names test;

    private NameSplit(long seed, Names train, Names dev, Names test) {
        this.seed = seed;
        this.train = train;
        this.dev = dev;
        this.test = test;
    }

    /**
     * Shuffles the names with the seed and cuts them 80/10/10.
     *
     * @param names at least 10 names, so that each part has at least one
     * @param seed the SplitMix64 seed
     * @return the split
     * @throws IllegalArgumentException if {@code names} is null or has fewer than 10 names
     */
    public static NameSplit of(Names names, long seed) {
        Require.nonNull("names", names, "a list of names");
        int n = names.size();
        if (n < 10) {
            throw new IllegalArgumentException(
                    "names.size() = " + n + " must be at least 10 for each of the 80/10/10 parts to hold a name");
        }
        int[] order = shuffledOrder(n, seed);
        List<String> all = names.asList();
        int trainSize = (int) (8L * n / 10);
        int devSize = n / 10;
        return new NameSplit(
                seed,
                part(all, order, 0, trainSize),
                part(all, order, trainSize, trainSize + devSize),
                part(all, order, trainSize + devSize, n));
    }

    /** {@code 0 .. n - 1} in the Fisher-Yates order of the class comment. */
    static int[] shuffledOrder(int n, long seed) {
        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = SplitMix64.index(seed, n - i, i + 1); // the (n - i)-th draw of the stream
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    private static Names part(List<String> all, int[] order, int from, int to) {
        List<String> names = new ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
            names.add(all.get(order[k]));
        }
        return Names.of(names);
    }

    /** The seed of the shuffle. */
    public long seed() {
        return seed;
    }

    /** The training names, 80%: the only names a model is fitted to. */
    public Names train() {
        return train;
    }

    /** The development names, 10%: for choosing the smoothing or the penalty. */
    public Names dev() {
        return dev;
    }

    /** The test names, 10%: scored once, with the choices already made. */
    public Names test() {
        return test;
    }
}
