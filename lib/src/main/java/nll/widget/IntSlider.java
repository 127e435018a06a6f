package nll.widget;

import java.util.Map;

/** A slider over the integers {@code min..max} (ipywidgets' IntSlider). */
public final class IntSlider extends Control<Integer> {

    private final int min;
    private final int max;

    private IntSlider(String description, int min, int max, int start) {
        super(description, start);
        requireRange(min, max, start);
        this.min = min;
        this.max = max;
    }

    /** A slider from {@code min} to {@code max}, at {@code start}. */
    public static IntSlider of(String description, int min, int max, int start) {
        return new IntSlider(description, min, max, start);
    }

    @Override
    Map<String, Object> state() {
        return sliderState("IntSliderModel", "IntSliderView", min, max, 1);
    }

    @Override
    Integer valueIn(Map<String, Object> changes) {
        return wholeNumberIn(changes, "value", min, max);
    }
}
