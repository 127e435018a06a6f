package nll.exercise;

import java.util.Locale;

/** Comparison and display of the values exercises return: numbers, vectors and matrices of them. */
final class Values {

    private Values() {
    }

    /**
     * Whether {@code actual} equals {@code expected} to within {@code tolerance}: numbers {@code e} and {@code a}
     * agree when {@code |a - e| <= tolerance * max(1, |e|)}, or with {@code relative}, {@code tolerance * |e|};
     * infinities when they are the same, NaN only with NaN; arrays element by element, in the same shape.
     */
    static boolean close(Object expected, Object actual, double tolerance, boolean relative) {
        if (expected instanceof Number e && actual instanceof Number a) {
            return closeNumber(e.doubleValue(), a.doubleValue(), tolerance, relative);
        }
        if (expected instanceof double[] e && actual instanceof double[] a) {
            if (e.length != a.length) {
                return false;
            }
            for (int i = 0; i < e.length; i++) {
                if (!closeNumber(e[i], a[i], tolerance, relative)) {
                    return false;
                }
            }
            return true;
        }
        if (expected instanceof double[][] e && actual instanceof double[][] a) {
            if (e.length != a.length) {
                return false;
            }
            for (int i = 0; i < e.length; i++) {
                if (!close((Object) e[i], a[i], tolerance, relative)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean closeNumber(double expected, double actual, double tolerance, boolean relative) {
        if (Double.isNaN(expected) || Double.isNaN(actual)) {
            return Double.isNaN(expected) && Double.isNaN(actual);
        }
        if (Double.isInfinite(expected) || Double.isInfinite(actual)) {
            return expected == actual;
        }
        double scale = relative ? Math.abs(expected) : Math.max(1, Math.abs(expected));
        return Math.abs(actual - expected) <= tolerance * scale;
    }

    /** Whether {@code value} is NaN or holds one. */
    static boolean isNaN(Object value) {
        if (value instanceof Number number) {
            return Double.isNaN(number.doubleValue());
        }
        if (value instanceof double[] array) {
            return java.util.Arrays.stream(array).anyMatch(Double::isNaN);
        }
        if (value instanceof double[][] array) {
            return java.util.Arrays.stream(array).anyMatch(Values::isNaN);
        }
        return false;
    }

    /** A short, fixed-format text of a value; arrays longer than four elements show their first three. */
    static String text(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Number number) {
            return number(number.doubleValue());
        }
        if (value instanceof double[] v) {
            StringBuilder text = new StringBuilder("[");
            int shown = v.length > 4 ? 3 : v.length;
            for (int i = 0; i < shown; i++) {
                text.append(i == 0 ? "" : ", ").append(number(v[i]));
            }
            if (shown < v.length) {
                text.append(", ... (").append(v.length).append(" values)");
            }
            return text.append(']').toString();
        }
        if (value instanceof double[][] m) {
            String firstRow = m.length == 0 ? "" : ", first row " + text(m[0]);
            return m.length + " rows" + firstRow;
        }
        return "a " + value.getClass().getSimpleName();
    }

    private static String number(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Double.toString(x);
        }
        String text = String.format(Locale.ROOT, "%.10g", x);
        // Trailing zeros of the mantissa, then a bare decimal point: 1002.407606, 710, 1.5e-07.
        return text.replaceFirst("(\\.\\d*?)0+(e|$)", "$1$2").replaceFirst("\\.(e|$)", "$1");
    }
}
