package nll.widget;

/** A line of plain text (ipywidgets' Label), e.g. a caption beside a row of controls. Immutable. */
public final class Label extends TextModel {

    private Label(String text) {
        super("LabelModel", "LabelView", "text", text);
    }

    /** A label showing {@code text} as it is (no markup). */
    public static Label of(String text) {
        return new Label(text);
    }

    /** The text shown. */
    public String text() {
        return value();
    }

    @Override
    public String toString() {
        return text();
    }
}
