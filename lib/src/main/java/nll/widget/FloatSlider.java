package nll.widget;

import java.util.Map;
import nll.validation.Require;

/** A slider over {@code [min, max]} in steps of {@code step} (ipywidgets' FloatSlider). */
public final class FloatSlider extends Control<Double> {

    private final double min;
    private final double max;
    private final double step;

    private FloatSlider(String description, double min, double max, double step, double start) {
        super(description, start);
        requireRange(min, max, start);
        Require.positive("step", step);
        this.min = min;
        this.max = max;
        this.step = step;
    }

    /** A slider from {@code min} to {@code max} in steps of {@code step}, at {@code start}. */
    public static FloatSlider of(String description, double min, double max, double step, double start) {
        return new FloatSlider(description, min, max, step, start);
    }

    @Override
    Map<String, Object> state() {
        Map<String, Object> state = sliderState("FloatSliderModel", "FloatSliderView", min, max, step);
        state.put("readout_format", readoutFormat(step));
        return state;
    }

    /** As many decimals as the step has, so that the readout shows the value the function gets. */
    static String readoutFormat(double step) {
        int decimals = Math.max(0, Math.min(6, (int) Math.ceil(-Math.log10(step) - 1e-9)));
        return "." + decimals + "f";
    }

    @Override
    Double valueIn(Map<String, Object> changes) {
        return numberIn(changes, "value", min, max);
    }
}
