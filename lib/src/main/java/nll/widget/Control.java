package nll.widget;

import java.util.Map;
import nll.validation.Require;

/**
 * A control a learner sets (a slider, a dropdown, a checkbox, a play button): its label, its starting value and the
 * widget model that shows it. Immutable: showing it opens a model, the control itself never changes.
 *
 * @param <T> the type of its value
 */
public abstract class Control<T> extends SingleModel {

    static final String CONTROLS = "@jupyter-widgets/controls";
    static final String CONTROLS_VERSION = "2.0.0";

    private final String description;
    private final T start;

    Control(String description, T start) {
        this.description = Require.text("description", description);
        this.start = start;
    }

    /** The label shown next to the control, which also names it in text output. */
    public String description() {
        return description;
    }

    /** The value the control starts at, and the one static pictures are drawn at. */
    public T start() {
        return start;
    }

    /**
     * The control's new value in a change from the front end, or null if the change does not set it.
     *
     * @throws IllegalArgumentException for a value the control cannot take (wrong type, out of range)
     */
    abstract T valueIn(Map<String, Object> changes);

    /** The state every control model shares: its model and view, and its label. */
    final Map<String, Object> modelState(String model, String view) {
        Map<String, Object> state = Models.state(CONTROLS, model, view);
        state.put("description", description);
        return state;
    }

    /**
     * The state every slider model shares: {@link #modelState}, its range and step, its starting value, and updates
     * sent while the handle is dragged, not only on release.
     */
    final Map<String, Object> sliderState(String model, String view, Number min, Number max, Number step) {
        Map<String, Object> state = modelState(model, view);
        state.put("min", min);
        state.put("max", max);
        state.put("step", step);
        state.put("value", start());
        state.put("continuous_update", true);
        return state;
    }

    /** Requires {@code min < max} and {@code min <= start <= max}: a slider's range and where it starts. */
    static void requireRange(double min, double max, double start) {
        Require.increasing("min", min, "max", max);
        Require.inRange("start", start, min, max);
    }

    /**
     * The number under {@code key} in a change from the front end, required in {@code [min, max]} and named by
     * the control's description; null when the change does not set {@code key}.
     */
    final Double numberIn(Map<String, Object> changes, String key, double min, double max) {
        if (!changes.containsKey(key)) {
            return null;
        }
        String name = name(key);
        Object value = changes.get(key);
        if (!(value instanceof Number number)) {
            throw new IllegalArgumentException(name + " = " + value + " must be a number");
        }
        return Require.inRange(name, Require.finite(name, number.doubleValue()), min, max);
    }

    /** As {@link #numberIn}, for a whole number (JSON sends 42 as 42.0 as well). */
    final Integer wholeNumberIn(Map<String, Object> changes, String key, int min, int max) {
        Double value = numberIn(changes, key, min, max);
        if (value == null) {
            return null;
        }
        if (value != Math.rint(value)) {
            throw new IllegalArgumentException(name(key) + " = " + value + " must be a whole number");
        }
        return value.intValue();
    }

    /** A state key as messages name it: the description for the value, "description key" for another key. */
    private String name(String key) {
        return key.equals("value") ? description : description + " " + key;
    }

    /** A control without widgets shows its starting value, as its text. */
    @Override
    Object staticPicture() {
        return toString();
    }

    @Override
    public String toString() {
        return description + " = " + start;
    }
}
