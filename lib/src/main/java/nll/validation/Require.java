package nll.validation;

/**
 * Argument checks that fail with a message naming the argument and the offending value, the one place the library
 * validates its input.
 *
 * <p>Every check returns the value it checks, so that it can be written inline, e.g.
 * {@code this.sigma = Require.positive("sigma", sigma);}; a check of two related values returns the one named first
 * ({@link #countOf} the count, {@link #increasing} the lower bound, {@link #sameLength} the first length). Index
 * ranges are written closed, {@code [0, size - 1]}, as {@link #countOf} writes its range.
 */
public final class Require {

    private Require() {}

    /**
     * Requires a value that is not null.
     *
     * @param what what the value must be, e.g. {@code "a bigram count matrix"}
     * @throws IllegalArgumentException "name = null must be what"
     */
    public static <T> T nonNull(String name, T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(name + " = null must be " + what);
        }
        return value;
    }

    /** Requires a text that is neither null nor blank (a title, a label, a series name). */
    public static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(
                    name + " = " + (value == null ? "null" : "'" + value + "'") + " must be a non-blank text");
        }
        return value;
    }

    /** Requires a value that is not NaN; infinities are allowed. */
    public static double notNaN(String name, double value) {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException(name + " = NaN is not a number");
        }
        return value;
    }

    /**
     * Requires {@code 0 <= value < infinity}.
     *
     * @throws IllegalArgumentException "name = value must be finite and >= 0" (also for NaN)
     */
    public static double nonNegative(String name, double value) {
        if (!(value >= 0) || value == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(name + " = " + value + " must be finite and >= 0");
        }
        return value;
    }

    /**
     * Requires {@code 0 < value < infinity}.
     *
     * @throws IllegalArgumentException "name = value must be > 0" (also for NaN and infinity)
     */
    public static double positive(String name, double value) {
        if (!(value > 0) || value == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(name + " = " + value + " must be > 0 and finite");
        }
        return value;
    }

    /** Requires a finite value (not NaN, not infinite). */
    public static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " = " + value + " must be finite");
        }
        return value;
    }

    /** Requires {@code 0 <= value <= 1}. */
    public static double probability(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " = " + value + " must be a probability in [0, 1]");
        }
        return value;
    }

    /** Requires {@code value >= 0}. */
    public static int nonNegative(String name, int value) {
        return (int) nonNegative(name, (long) value);
    }

    /** Requires {@code value >= 0}, e.g. a count. */
    public static long nonNegative(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " = " + value + " must be >= 0");
        }
        return value;
    }

    /** Requires {@code value > 0}. */
    public static int positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " = " + value + " must be > 0");
        }
        return value;
    }

    /** Requires {@code total >= 1} and {@code 0 <= count <= total}, e.g. heads out of flips; returns the count. */
    public static int countOf(String countName, int count, String totalName, int total) {
        positive(totalName, total);
        if (count < 0 || count > total) {
            throw new IllegalArgumentException(
                    countName + " = " + count + " must be in [0, " + totalName + " = " + total + "]");
        }
        return count;
    }

    /** Requires a non-null, non-empty array of 0s and 1s. */
    public static int[] binary(String name, int[] values) {
        nonEmpty(name, values == null ? -1 : values.length);
        for (int i = 0; i < values.length; i++) {
            if (values[i] != 0 && values[i] != 1) {
                throw new IllegalArgumentException(name + "[" + i + "] = " + values[i] + " must be 0 or 1");
            }
        }
        return values;
    }

    /**
     * Requires {@code 0 <= index <= size - 1}.
     *
     * @throws IllegalArgumentException "name = index must be in [0, size - 1]", the range written closed
     */
    public static int index(String name, int index, int size) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException(name + " = " + index + " must be in [0, " + (size - 1) + "]");
        }
        return index;
    }

    /** Requires {@code lower < upper}, both finite; returns {@code lower}. */
    public static double increasing(String lowerName, double lower, String upperName, double upper) {
        finite(lowerName, lower);
        finite(upperName, upper);
        if (!(lower < upper)) {
            throw new IllegalArgumentException(lowerName + " = " + lower + " must be < " + upperName + " = " + upper);
        }
        return lower;
    }

    /** Requires a non-null, non-empty array whose every element is finite. */
    public static double[] finiteValues(String name, double[] values) {
        nonEmpty(name, values == null ? -1 : values.length);
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] = " + values[i] + " must be finite");
            }
        }
        return values;
    }

    /** Requires a non-null, non-empty array whose every element is finite. */
    public static float[] finiteValues(String name, float[] values) {
        nonEmpty(name, values == null ? -1 : values.length);
        for (int i = 0; i < values.length; i++) {
            if (!Float.isFinite(values[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] = " + values[i] + " must be finite");
            }
        }
        return values;
    }

    /** Requires a non-null, non-empty array whose every element is in [0, 1]. */
    public static double[] probabilities(String name, double[] values) {
        nonEmpty(name, values == null ? -1 : values.length);
        for (int i = 0; i < values.length; i++) {
            probability(name + "[" + i + "]", values[i]);
        }
        return values;
    }

    /** Requires {@code lower <= value <= upper} (so not NaN). */
    public static double inRange(String name, double value, double lower, double upper) {
        if (!(value >= lower && value <= upper)) {
            throw new IllegalArgumentException(name + " = " + value + " must be in [" + lower + ", " + upper + "]");
        }
        return value;
    }

    /** Requires two arrays of the same length; returns that length. */
    public static int sameLength(String firstName, int firstLength, String secondName, int secondLength) {
        if (firstLength != secondLength) {
            throw new IllegalArgumentException(
                    firstName + ".length = " + firstLength + " must equal " + secondName + ".length = " + secondLength);
        }
        return firstLength;
    }

    /**
     * Requires a non-null array with at least one element, none of them null.
     *
     * @param what what one element is, e.g. {@code "distribution"}
     */
    public static <T> T[] nonEmpty(String name, T[] values, String what) {
        nonNull(name, values, "an array");
        if (values.length == 0) {
            throw new IllegalArgumentException(name + " is empty (length 0); at least one " + what + " is required");
        }
        for (int i = 0; i < values.length; i++) {
            nonNull(name + "[" + i + "]", values[i], "a " + what);
        }
        return values;
    }

    private static void nonEmpty(String name, int length) {
        if (length < 0) {
            throw new IllegalArgumentException(name + " = null must be an array");
        }
        if (length == 0) {
            throw new IllegalArgumentException(name + " is empty (length 0); at least one value is required");
        }
    }
}
