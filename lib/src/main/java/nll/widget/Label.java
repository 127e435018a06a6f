package nll.widget;

import java.util.Map;

import nll.validation.Require;

/** A line of plain text (ipywidgets' Label), e.g. a caption beside a row of controls. Immutable. */
public final class Label extends SingleModel {

    private final String text;

    private Label(String text) {
        this.text = Require.nonNull("text", text, "a text (it may be empty)");
    }

    /** A label showing {@code text} as it is (no markup). */
    public static Label of(String text) {
        return new Label(text);
    }

    /** The text shown. */
    public String text() {
        return text;
    }

    @Override
    Map<String, Object> state() {
        Map<String, Object> state = Models.state(Control.CONTROLS, "LabelModel", "LabelView");
        state.put("value", text);
        return state;
    }

    @Override
    Object staticPicture() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
