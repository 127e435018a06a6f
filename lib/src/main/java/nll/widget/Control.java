package nll.widget;

import java.util.Map;

import nll.validation.Require;

/**
 * A control a learner sets (a slider, a dropdown, a checkbox, a play button): its label, its starting value and the
 * widget model that shows it. Immutable: showing it opens a model, the control itself never changes.
 *
 * @param <T> the type of its value
 */
public abstract class Control<T> {

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

    /** The model's state at the start. */
    abstract Map<String, Object> state();

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

    static double number(String name, Object value) {
        if (!(value instanceof Number number)) {
            throw new IllegalArgumentException(name + " = " + value + " must be a number");
        }
        return Require.finite(name, number.doubleValue());
    }

    @Override
    public String toString() {
        return description + " = " + start;
    }
}
