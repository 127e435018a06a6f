package nll.logspace;

import nll.validation.Require;

/**
 * A running sum with Neumaier's compensation (an improved Kahan summation): the low-order bits
 * that each addition rounds away are collected in a second variable and added back at the end.
 *
 * <pre>
 *   t = s + x
 *   c += (|s| >= |x|) ? (s - t) + x : (x - t) + s     // the rounding error of s + x, exactly
 *   s = t
 *   value = s + c
 * </pre>
 *
 * <p>The error of a plain loop grows with the number of terms (about n ulps in the worst case);
 * the compensated result is within about one ulp of the exact sum, independently of n, unless
 * the terms cancel catastrophically. Summing 0.1 ten million times, a plain loop is off by about
 * 1.6e-4 while this is exact to the last digit printed.
 *
 * <p>Infinite terms are allowed (a log-likelihood is -infinity when one point has probability 0);
 * once the sum is infinite the compensation is dropped. A NaN term, or +infinity plus -infinity,
 * is rejected.
 *
 * <p>This class is a mutable accumulator, not thread-safe; {@link #of(double...)} covers the
 * common case of summing an array.
 */
public final class CompensatedSum {

    private double sum;
    private double compensation;
    private long count;

    /** An empty sum, whose value is 0. */
    public CompensatedSum() {}

    /**
     * The compensated sum of {@code values} (0 for an empty array).
     *
     * @throws IllegalArgumentException if a value is NaN or the values hold both infinities
     */
    public static double of(double... values) {
        Require.nonNull("values", values, "an array");
        CompensatedSum total = new CompensatedSum();
        for (double value : values) {
            total.add(value);
        }
        return total.value();
    }

    /**
     * Adds one term.
     *
     * @return this accumulator
     * @throws IllegalArgumentException if {@code value} is NaN, or is an infinity of the opposite
     *     sign to the sum so far
     */
    public CompensatedSum add(double value) {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("value = NaN (term " + count + ") cannot be summed");
        }
        double next = sum + value;
        if (Double.isNaN(next)) {
            throw new IllegalArgumentException(
                    "value = " + value + " (term " + count + ") added to a sum of " + sum + " is undefined");
        }
        if (Double.isFinite(next)) {
            compensation += Math.abs(sum) >= Math.abs(value) ? (sum - next) + value : (value - next) + sum;
        }
        sum = next;
        count++;
        return this;
    }

    /** The sum of every term added so far, compensated for rounding. */
    public double value() {
        return Double.isFinite(sum) ? sum + compensation : sum;
    }

    /** The number of terms added so far. */
    public long count() {
        return count;
    }
}
