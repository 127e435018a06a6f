package nll.widget;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

/**
 * What an interactive function shows: an image (a chart), text, or several of them one under the other
 * ({@link #of}). Each part is a widget: an image becomes an Image model, anything else an HTML model with its text.
 */
public final class Output {

    private final List<Object> parts;

    private Output(List<Object> parts) {
        this.parts = parts;
    }

    /** Parts shown one under the other: images (charts) and text (anything else, by {@code toString}). */
    public static Output of(Object... parts) {
        if (parts == null || parts.length == 0) {
            throw new IllegalArgumentException("parts = " + Arrays.toString(parts) + " must name at least one part");
        }
        return new Output(List.copyOf(Arrays.asList(parts)));
    }

    /** A function's value as an output: itself if it is one, else a single part. */
    static Output from(Object value) {
        return value instanceof Output output ? output : new Output(List.of(value == null ? "null" : value));
    }

    List<Object> parts() {
        return parts;
    }

    /**
     * What a kernel without widgets shows: the text parts printed, and the last image as the cell's value (or the
     * text itself when there is no image).
     */
    Object staticPicture() {
        BufferedImage image = null;
        List<String> texts = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof BufferedImage bufferedImage) {
                image = bufferedImage;
            } else {
                texts.add(String.valueOf(part));
            }
        }
        if (image == null) {
            return String.join("\n", texts);
        }
        texts.forEach(System.out::println);
        return image;
    }

    /** The model state of part {@code index} as first shown. */
    static Map<String, Object> state(Object part) {
        Map<String, Object> state = part instanceof BufferedImage
                ? Models.state(Control.CONTROLS, "ImageModel", "ImageView")
                : Models.state(Control.CONTROLS, "HTMLModel", "HTMLView");
        state.putAll(changes(part));
        return state;
    }

    /** The JSON state that shows {@code part}. */
    static Map<String, Object> changes(Object part) {
        Map<String, Object> state = new LinkedHashMap<>();
        if (part instanceof BufferedImage image) {
            state.put("format", "png");
            state.put("width", String.valueOf(image.getWidth()));
            state.put("height", String.valueOf(image.getHeight()));
        } else {
            state.put("value", "<pre>" + escape(String.valueOf(part)) + "</pre>");
        }
        return state;
    }

    /** The binary state that shows {@code part}: an image's PNG bytes. */
    static Map<String, byte[]> binary(Object part) {
        return part instanceof BufferedImage bufferedImage ? Map.of("value", png(bufferedImage)) : Map.of();
    }

    static boolean sameKind(Object a, Object b) {
        return (a instanceof BufferedImage) == (b instanceof BufferedImage);
    }

    static byte[] png(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
