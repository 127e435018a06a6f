package nll.widget;

import java.util.Map;
import nll.validation.Require;

/** A widget whose model shows one string as its {@code value}: a label's text, or HTML markup. */
abstract class TextModel extends SingleModel {

    private final String model;
    private final String view;
    private final String value;

    TextModel(String model, String view, String name, String value) {
        this.model = model;
        this.view = view;
        this.value = Require.nonNull(name, value, "a text (it may be empty)");
    }

    /** The string the model shows. */
    final String value() {
        return value;
    }

    /** Without widgets the text is shown as its reader sees it: {@link #toString()}. */
    @Override
    final Object staticPicture() {
        return toString();
    }

    @Override
    final Map<String, Object> state() {
        Map<String, Object> state = Models.state(Control.CONTROLS, model, view);
        state.put("value", value);
        return state;
    }
}
