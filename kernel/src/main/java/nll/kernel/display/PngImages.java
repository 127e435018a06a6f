package nll.kernel.display;

import java.awt.image.BufferedImage;
import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;

/**
 * Renders images as {@code image/png}.
 * <p>
 * jjava 1.0-a6 registers a PNG renderer for {@link RenderedImage} that never closes its Base64 stream, so the
 * last bytes of every PNG are lost. The renderer registry runs the functions of the first class it finds on the
 * value's class, then its interfaces; registering on {@link BufferedImage} puts this one ahead of jjava's for the
 * images notebooks make, and registering on {@link RenderedImage} as well overrides jjava's output for the rest.
 */
public final class PngImages {

    private PngImages() {}

    public static void registerOn(Renderer renderer) {
        renderer.createRegistration(BufferedImage.class)
                .preferring(MIMEType.IMAGE_PNG)
                .register((image, context) -> context.renderIfRequested(MIMEType.IMAGE_PNG, () -> base64Png(image)));
        renderer.createRegistration(RenderedImage.class)
                .preferring(MIMEType.IMAGE_PNG)
                .register((image, context) -> context.renderIfRequested(MIMEType.IMAGE_PNG, () -> base64Png(image)));
    }

    static String base64Png(RenderedImage image) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", png)) {
                throw new IllegalArgumentException("no PNG writer accepts this " + image.getWidth() + "x"
                        + image.getHeight() + " image of " + image.getClass().getName());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing a PNG into memory failed", e);
        }
        return Base64.getEncoder().encodeToString(png.toByteArray());
    }
}
