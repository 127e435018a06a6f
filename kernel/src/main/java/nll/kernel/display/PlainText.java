package nll.kernel.display;

import java.awt.image.RenderedImage;
import java.util.Arrays;

/**
 * The {@code text/plain} form of a cell's value. It must not change from one run to the next, because notebooks
 * are committed with their outputs and checked against a fresh run: an image is described by its size, an array
 * by its elements, never by an identity hash code.
 */
final class PlainText {

    private PlainText() {
    }

    static String of(Object value) {
        if (value instanceof RenderedImage) {
            RenderedImage image = (RenderedImage) value;
            return image.getWidth() + "x" + image.getHeight() + " image";
        }
        if (value != null && value.getClass().isArray()) {
            // deepToString handles primitive arrays too when they are wrapped in an Object[].
            String wrapped = Arrays.deepToString(new Object[] {value});
            return wrapped.substring(1, wrapped.length() - 1);
        }
        return String.valueOf(value);
    }
}
