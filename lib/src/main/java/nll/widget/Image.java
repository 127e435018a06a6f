package nll.widget;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nll.validation.Require;

/**
 * A picture (ipywidgets' Image, PNG) that Java can replace while it is shown, e.g. by a chart redrawn as a loop
 * runs: {@link #replace} sends the new PNG to every place the image is shown. It is the one widget here that
 * changes, so it is thread-safe; a kernel without widgets shows the picture it held when shown.
 */
public final class Image extends SingleModel {

    private BufferedImage picture;
    private final List<Shown> shown = new ArrayList<>();

    private Image(BufferedImage picture) {
        this.picture = Require.nonNull("picture", picture, "an image (a chart)");
    }

    /** An image showing {@code picture}. */
    public static Image of(BufferedImage picture) {
        return new Image(picture);
    }

    /** The picture shown now. */
    public synchronized BufferedImage picture() {
        return picture;
    }

    /** Shows {@code next} in place of the current picture, wherever this image is shown. */
    public void replace(BufferedImage next) {
        Require.nonNull("next", next, "an image (a chart)");
        Map<String, Object> changes = changes(next);
        Map<String, byte[]> binary = Map.of("value", Output.png(next));
        List<Shown> where;
        synchronized (this) {
            picture = next;
            where = List.copyOf(shown);
        }
        for (Shown place : where) {
            place.channel.update(place.modelId, changes, binary);
        }
    }

    /** The keys of an image model that change with its picture (the PNG bytes travel as binary state). */
    static Map<String, Object> changes(BufferedImage picture) {
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("format", "png");
        changes.put("width", String.valueOf(picture.getWidth()));
        changes.put("height", String.valueOf(picture.getHeight()));
        return changes;
    }

    @Override
    synchronized Map<String, Object> state() {
        Map<String, Object> state = Models.state(Control.CONTROLS, "ImageModel", "ImageView");
        state.putAll(changes(picture));
        return state;
    }

    @Override
    synchronized Map<String, byte[]> binary() {
        return Map.of("value", Output.png(picture));
    }

    @Override
    synchronized String open(WidgetChannel channel) {
        String modelId = super.open(channel);
        shown.add(new Shown(channel, modelId));
        return modelId;
    }

    @Override
    synchronized Object staticPicture() {
        return picture;
    }

    @Override
    public synchronized String toString() {
        return "image " + picture.getWidth() + "x" + picture.getHeight();
    }

    private static final class Shown {
        final WidgetChannel channel;
        final String modelId;

        Shown(WidgetChannel channel, String modelId) {
            this.channel = channel;
            this.modelId = modelId;
        }
    }
}
