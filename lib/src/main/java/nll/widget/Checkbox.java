package nll.widget;

import java.util.Map;

/** A yes/no switch (ipywidgets' Checkbox). */
public final class Checkbox extends Control<Boolean> {

    private Checkbox(String description, boolean start) {
        super(description, start);
    }

    /** A checkbox, ticked if {@code start}. */
    public static Checkbox of(String description, boolean start) {
        return new Checkbox(description, start);
    }

    @Override
    Map<String, Object> state() {
        Map<String, Object> state = modelState("CheckboxModel", "CheckboxView");
        state.put("value", start());
        state.put("indent", false);
        return state;
    }

    @Override
    Boolean valueIn(Map<String, Object> changes) {
        if (!changes.containsKey("value")) {
            return null;
        }
        Object value = changes.get("value");
        if (!(value instanceof Boolean b)) {
            throw new IllegalArgumentException(description() + " = " + value + " must be true or false");
        }
        return b;
    }
}
