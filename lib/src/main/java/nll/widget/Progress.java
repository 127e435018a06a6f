package nll.widget;

import java.util.Map;
import nll.validation.Require;

/**
 * A progress bar for a long loop (training steps, a grid search), shown only in a widget front end: elsewhere it
 * shows nothing, so headless runs record no progress and no timing. The bar is updated when its whole percentage
 * changes, at most a hundred updates however many steps.
 */
public final class Progress implements AutoCloseable {

    private final WidgetChannel channel;
    private final String modelId;
    private final int total;
    private int shownPercent;

    private Progress(WidgetChannel channel, String description, int total) {
        this.channel = channel;
        this.total = total;
        if (channel == null) {
            modelId = null;
            return;
        }
        Map<String, Object> state = Models.state(Control.CONTROLS, "IntProgressModel", "ProgressView");
        state.put("description", description);
        state.put("min", 0);
        state.put("max", total);
        state.put("value", 0);
        modelId = channel.open(state, Map.of(), changes -> {});
        channel.display(modelId, description + ": 0 of " + total);
    }

    /** A progress bar labelled {@code description} for {@code total} steps. */
    public static Progress of(String description, int total) {
        return of(description, total, WidgetChannel.detect());
    }

    static Progress of(String description, int total, WidgetChannel channel) {
        return new Progress(channel, Require.text("description", description), Require.positive("total", total));
    }

    /** Steps done so far, from 0 to the total. */
    public void done(int steps) {
        Require.inRange("steps", steps, 0, total);
        int percent = (int) (100L * steps / total);
        if (modelId != null && percent != shownPercent) {
            shownPercent = percent;
            channel.update(modelId, Map.of("value", steps), Map.of());
        }
    }

    /** Marks the bar finished (full, green). */
    @Override
    public void close() {
        if (modelId != null) {
            channel.update(modelId, Map.of("value", total, "bar_style", "success"), Map.of());
        }
    }
}
