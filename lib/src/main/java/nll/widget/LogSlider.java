package nll.widget;

import java.util.Map;
import nll.validation.Require;

/**
 * A slider over {@code [min, max]} on a logarithmic scale, base 10, for a parameter that ranges over orders of
 * magnitude (a learning rate, a smoothing count): ipywidgets' FloatLogSlider, whose state holds the exponents.
 */
public final class LogSlider extends Control<Double> {

    private static final int STEPS = 100;

    private final double min;
    private final double max;

    private LogSlider(String description, double min, double max, double start) {
        super(description, start);
        Require.positive("min", min);
        requireRange(min, max, start);
        this.min = min;
        this.max = max;
    }

    /** A slider from {@code min} to {@code max} (both positive), evenly spaced in log10, at {@code start}. */
    public static LogSlider of(String description, double min, double max, double start) {
        return new LogSlider(description, min, max, start);
    }

    @Override
    Map<String, Object> state() {
        Map<String, Object> state = modelState("FloatLogSliderModel", "FloatLogSliderView");
        state.put("base", 10.0);
        state.put("min", Math.log10(min));
        state.put("max", Math.log10(max));
        state.put("step", (Math.log10(max) - Math.log10(min)) / STEPS);
        state.put("value", start());
        state.put("continuous_update", true);
        state.put("readout_format", ".3g");
        return state;
    }

    @Override
    Double valueIn(Map<String, Object> changes) {
        // The front end computes 10^exponent, which may land a rounding error outside the ends.
        double tolerance = 1e-9 * max;
        Double value = numberIn(changes, "value", min - tolerance, max + tolerance);
        return value == null ? null : Math.max(min, Math.min(max, value));
    }
}
