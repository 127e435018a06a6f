package nll.widget;

import java.util.List;
import java.util.Map;
import nll.validation.Require;

/** A choice among labelled options (ipywidgets' Dropdown); its value is the chosen label. */
public final class Dropdown extends Control<String> {

    private final List<String> options;

    private Dropdown(String description, List<String> options, String start) {
        super(description, start);
        Require.nonEmpty(
                "options",
                Require.nonNull("options", options, "a list of labels").toArray(new String[0]),
                "option");
        options.forEach(option -> Require.text("option", option));
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
        Integer index = wholeNumberIn(changes, "index", 0, options.size() - 1);
        return index == null ? null : options.get(index);
    }
}
