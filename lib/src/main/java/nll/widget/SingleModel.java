package nll.widget;

import java.util.Map;

/** A widget that is one model: a control, a text or an image (a box is several). */
abstract class SingleModel extends Widget {

    SingleModel() {}

    /** The model's state when it opens: its model and view names and its JSON keys. */
    abstract Map<String, Object> state();

    /** The model's binary state when it opens (an image's PNG bytes); none by default. */
    Map<String, byte[]> binary() {
        return Map.of();
    }

    @Override
    String open(WidgetChannel channel) {
        return channel.open(state(), binary(), changes -> {});
    }
}
