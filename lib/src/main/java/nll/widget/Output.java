package nll.widget;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import nll.validation.Require;

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
        return new Output(List.of(Require.nonEmpty("parts", parts, "part (a chart or a text)")));
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
        return staticPicture(parts);
    }

    /** The static picture of {@code parts} (images and texts), as {@link #staticPicture()} describes it. */
    static Object staticPicture(List<Object> parts) {
        BufferedImage image = null;
        List<String> texts = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof BufferedImage partImage) {
                image = partImage;
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
        return part instanceof BufferedImage image
                ? Image.of(image).state()
                : HTML.preformatted(String.valueOf(part)).state();
    }

    /** The JSON state that shows {@code part}: an {@link Image}'s keys, or an {@link HTML} preformatted text. */
    static Map<String, Object> changes(Object part) {
        return part instanceof BufferedImage image
                ? Image.changes(image)
                : Map.of("value", HTML.preformatted(String.valueOf(part)).markup());
    }

    /** The binary state that shows {@code part}: an image's PNG bytes. */
    static Map<String, byte[]> binary(Object part) {
        return part instanceof BufferedImage image ? Map.of("value", png(image)) : Map.of();
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
