package nll.widget;

import java.util.Map;
import nll.validation.Require;

/**
 * A play button that counts from {@code min} to {@code max}, one step every {@code intervalMillis} while playing
 * (ipywidgets' Play): an animation a learner starts, pauses and scrubs.
 */
public final class Play extends Control<Integer> {

    private final int min;
    private final int max;
    private final int step;
    private final int intervalMillis;

    private Play(String description, int min, int max, int step, int intervalMillis) {
        super(description, min);
        Require.increasing("min", min, "max", max);
        this.min = min;
        this.max = max;
        this.step = Require.positive("step", step);
        this.intervalMillis = Require.positive("intervalMillis", intervalMillis);
    }

    /** Counts {@code min, min + step, ... max}, starting at {@code min}. */
    public static Play of(String description, int min, int max, int step, int intervalMillis) {
        return new Play(description, min, max, step, intervalMillis);
    }

    @Override
    Map<String, Object> state() {
        Map<String, Object> state = modelState("PlayModel", "PlayView");
        state.put("min", min);
        state.put("max", max);
        state.put("step", step);
        state.put("interval", intervalMillis);
        state.put("value", min);
        return state;
    }

    @Override
    Integer valueIn(Map<String, Object> changes) {
        return wholeNumberIn(changes, "value", min, max);
    }
}
