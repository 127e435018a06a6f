package nll.kernel.display;

import java.awt.image.RenderedImage;
import java.util.Arrays;

/**
 * The {@code text/plain} form of a cell's value. It must not change from one run to the next, because notebooks
 * are committed with their outputs and checked against a fresh run: an image is described by its size, an array
 * by its elements, and an object whose class keeps {@code Object.toString()} by its class, never by an identity
 * hash code.
 */
final class PlainText {

    private PlainText() {}

    static String of(Object value) {
        if (value instanceof RenderedImage image) {
            return image.getWidth() + "x" + image.getHeight() + " image";
        }
        if (value != null && value.getClass().isArray()) {
            // deepToString handles primitive arrays too when they are wrapped in an Object[].
            String wrapped = Arrays.deepToString(new Object[] {value});
            return wrapped.substring(1, wrapped.length() - 1);
        }
        if (value != null && !overridesToString(value.getClass())) {
            // Object.toString() would print an identity hash code, different on every run.
            return describeInstance(value.getClass());
        }
        return String.valueOf(value);
    }

    private static boolean overridesToString(Class<?> type) {
        try {
            return type.getMethod("toString").getDeclaringClass() != Object.class;
        } catch (NoSuchMethodException e) {
            throw new AssertionError("every class has toString()", e);
        }
    }

    /** "NAME object", with classes declared in cells by their simple name; lambdas by the interface they implement. */
    private static String describeInstance(Class<?> type) {
        if (type.isHidden() || type.isSynthetic()) {
            Class<?>[] interfaces = type.getInterfaces();
            return interfaces.length == 0 ? "lambda" : "lambda implementing " + interfaces[0].getName();
        }
        // JShell puts every class a cell declares into the package REPL, nested in a numbered wrapper class.
        return (type.getName().startsWith("REPL.") ? type.getSimpleName() : type.getName()) + " object";
    }
}
