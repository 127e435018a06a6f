package nll.widget;

import java.util.List;
import java.util.Map;

import nll.validation.Require;

/** A choice among labelled options (ipywidgets' Dropdown); its value is the chosen label. */
public final class Dropdown extends Control<String> {

    private final List<String> options;

    private Dropdown(String description, List<String> options, String start) {
        super(description, start);
        if (options == null || options.isEmpty()) {
            throw new IllegalArgumentException("options = " + options + " must name at least one option");
        }
        options.forEach(o -> Require.text("option", o));
        if (!options.contains(start)) {
            throw new IllegalArgumentException("start = " + start + " must be one of the options " + options);
        }
        this.options = List.copyOf(options);
    }

    /** A dropdown over {@code options}, at {@code start} (one of them). */
    public static Dropdown of(String description, List<String> options, String start) {
        return new Dropdown(description, options, start);
    }

    @Override
    Map<String, Object> state() {
        Map<String, Object> state = modelState("DropdownModel", "DropdownView");
        state.put("_options_labels", options);
        state.put("index", options.indexOf(start()));
        return state;
    }

    @Override
    String valueIn(Map<String, Object> changes) {
        if (!changes.containsKey("index")) {
            return null;
        }
        double index = Require.inRange(description() + " index", number(description() + " index",
                changes.get("index")), 0, options.size() - 1);
        return options.get((int) index);
    }
}
