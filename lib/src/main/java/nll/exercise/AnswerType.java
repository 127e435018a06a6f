package nll.exercise;

import java.util.Arrays;
import java.util.Locale;

/**
 * The Java type of an exercise's answer, and how two answers of it are compared and written: a number, a vector of
 * numbers or a matrix of them. Arrays agree element by element, in the same shape.
 *
 * @param <R> the answer's type
 */
abstract class AnswerType<R> {

    /** A {@code double} (a {@code float} answer is widened to one, exactly). */
    static final AnswerType<Double> NUMBER = new AnswerType<>() {
        @Override
        boolean close(Double expected, Double actual, Tolerance tolerance) {
            return tolerance.close(expected, actual);
        }

        @Override
        boolean hasNaN(Double value) {
            return Double.isNaN(value);
        }

        @Override
        String text(Double value) {
            return number(value);
        }
    };

    /** A {@code double[]}; one longer than four elements is written by its first three. */
    static final AnswerType<double[]> VECTOR = new AnswerType<>() {
        @Override
        boolean close(double[] expected, double[] actual, Tolerance tolerance) {
            if (expected.length != actual.length) {
                return false;
            }
            for (int i = 0; i < expected.length; i++) {
                if (!tolerance.close(expected[i], actual[i])) {
                    return false;
                }
            }
            return true;
        }

        @Override
        boolean hasNaN(double[] value) {
            return Arrays.stream(value).anyMatch(Double::isNaN);
        }

        @Override
        String text(double[] value) {
            StringBuilder text = new StringBuilder("[");
            int shown = value.length > 4 ? 3 : value.length;
            for (int i = 0; i < shown; i++) {
                text.append(i == 0 ? "" : ", ").append(number(value[i]));
            }
            if (shown < value.length) {
                text.append(", ... (").append(value.length).append(" values)");
            }
            return text.append(']').toString();
        }
    };

    /** A {@code double[][]}, written by its number of rows and its first row. */
    static final AnswerType<double[][]> MATRIX = new AnswerType<>() {
        @Override
        boolean close(double[][] expected, double[][] actual, Tolerance tolerance) {
            if (expected.length != actual.length) {
                return false;
            }
            for (int i = 0; i < expected.length; i++) {
                if (actual[i] == null || !VECTOR.close(expected[i], actual[i], tolerance)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        boolean hasNaN(double[][] value) {
            return Arrays.stream(value).anyMatch(row -> row != null && VECTOR.hasNaN(row));
        }

        @Override
        String text(double[][] value) {
            String firstRow = value.length == 0 || value[0] == null ? "" : ", first row " + VECTOR.text(value[0]);
            return value.length + " rows" + firstRow;
        }
    };

    private AnswerType() {}

    /** Whether {@code actual} equals {@code expected} to within {@code tolerance}, both non-null. */
    abstract boolean close(R expected, R actual, Tolerance tolerance);

    /** Whether {@code value} is NaN or holds one. */
    abstract boolean hasNaN(R value);

    /** A short, fixed-format text of a non-null value. */
    abstract String text(R value);

    private static String number(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.toString(x);
        }
        String text = String.format(Locale.ROOT, "%.10g", x);
        // Trailing zeros of the mantissa, then a bare decimal point: 1002.407606, 710, 1.5e-07.
        return text.replaceFirst("(\\.\\d*?)0+(e|$)", "$1$2").replaceFirst("\\.(e|$)", "$1");
    }
}
