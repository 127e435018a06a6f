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
        // The model's range and step are exponents of the base; its value is the number itself.
        double low = Math.log10(min);
        double high = Math.log10(max);
        Map<String, Object> state =
                sliderState("FloatLogSliderModel", "FloatLogSliderView", low, high, (high - low) / STEPS);
        state.put("base", 10.0);
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
