package nll.format;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Numbers as text, independent of the default locale (always '.' as the decimal separator and
 * no grouping).
 */
public final class DecimalText {

    private DecimalText() {}

    /**
     * The shortest text that reads back as the same double, without a trailing ".0" and without
     * an exponent for ordinary magnitudes: 50 -> "50", 2.5 -> "2.5", 3.1672952139009705 ->
     * "3.1672952139009705", 1e-7 -> "1.0E-7".
     */
    public static String shortest(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return new BigDecimal(value).toPlainString();
        }
        return Double.toString(value);
    }

    /**
     * {@code value} rounded half-even to {@code decimals} places, e.g. fixed(0.3413447, 4) ->
     * "0.3413"; NaN and infinities print as "NaN", "Infinity", "-Infinity".
     *
     * @throws IllegalArgumentException if decimals is negative
     */
    public static String fixed(double value, int decimals) {
        if (decimals < 0) {
            throw new IllegalArgumentException("decimals = " + decimals + " must be >= 0");
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /**
     * {@code value} in scientific notation with {@code digits} significant digits, e.g.
     * scientific(7.002974767e-07, 6) -> "7.00297e-07".
     *
     * @throws IllegalArgumentException if digits is less than 1
     */
    public static String scientific(double value, int digits) {
        if (digits < 1) {
            throw new IllegalArgumentException("digits = " + digits + " must be >= 1");
        }
        return String.format(Locale.ROOT, "%." + (digits - 1) + "e", value);
    }
}
