package nll.bigram;

import nll.validation.Require;

/**
 * The training examples of the bigram model: every name {@code c1 c2 ... ck} becomes the {@code k + 1} pairs
 * {@code (., c1), (c1, c2), ..., (ck, .)}, with {@code '.'} as start and end token. {@code xs[i]} is the index of the
 * input token of example {@code i} and {@code ys[i]} the index of the token that follows it (the label). Immutable.
 *
 * <p>The number of examples is {@code sum over names of (length + 1)}: 229,804 for {@code data/names.txt}.
 */
public final class BigramDataset {

    private final int[] xs;
    private final int[] ys;

    private BigramDataset(int[] xs, int[] ys) {
        this.xs = xs;
        this.ys = ys;
    }

    /**
     * The examples of a list of names, name by name, in order.
     *
     * @param names the names
     * @return the dataset
     */
    public static BigramDataset of(Names names) {
        Require.nonNull("names", names, "a list of names");
        int n = names.asList().stream().mapToInt(name -> name.length() + 1).sum();
        int[] xs = new int[n];
        int[] ys = new int[n];
        int i = 0;
        for (String name : names.asList()) {
            int previous = 0;
            for (int k = 0; k < name.length(); k++) {
                int next = Vocabulary.indexOf(name.charAt(k));
                xs[i] = previous;
                ys[i] = next;
                i++;
                previous = next;
            }
            xs[i] = previous;
            ys[i] = 0;
            i++;
        }
        return new BigramDataset(xs, ys);
    }

    /**
     * Examples given directly as token indices.
     *
     * @param xs input token indices, each in [0, 26]
     * @param ys label token indices, each in [0, 26], as many as {@code xs}
     * @return the dataset
     * @throws IllegalArgumentException if the arrays are null, empty, of different lengths or hold an index outside
     *     [0, 26]
     */
    public static BigramDataset of(int[] xs, int[] ys) {
        Require.nonNull("xs", xs, "an array");
        Require.nonNull("ys", ys, "an array");
        if (xs.length == 0 || xs.length != ys.length) {
            throw new IllegalArgumentException(
                    "xs.length = " + xs.length + " and ys.length = " + ys.length + " must be equal and positive");
        }
        for (int i = 0; i < xs.length; i++) {
            Require.index("xs[" + i + "]", xs[i], Vocabulary.SIZE);
            Require.index("ys[" + i + "]", ys[i], Vocabulary.SIZE);
        }
        return new BigramDataset(xs.clone(), ys.clone());
    }

    /** Number of examples, {@code n}. */
    public int size() {
        return xs.length;
    }

    /** A copy of the input token indices. */
    public int[] xs() {
        return xs.clone();
    }

    /** A copy of the label token indices. */
    public int[] ys() {
        return ys.clone();
    }

    /** Input token index of example {@code i}. */
    public int x(int i) {
        checkExample(i);
        return xs[i];
    }

    /** Label token index of example {@code i}. */
    public int y(int i) {
        checkExample(i);
        return ys[i];
    }

    private void checkExample(int i) {
        if (i < 0 || i >= xs.length) {
            throw new IllegalArgumentException("i = " + i + " must be in [0, " + (xs.length - 1) + "]");
        }
    }

    /** The inputs without copying, for the loss and the counts in this package, which only read them. */
    int[] sharedXs() {
        return xs;
    }

    /** The labels without copying; see {@link #sharedXs()}. */
    int[] sharedYs() {
        return ys;
    }
}
