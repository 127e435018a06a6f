package nll.widget;

/**
 * Something a notebook shows as a Jupyter widget: a control, a text, an image or a box of them. {@link #show()}
 * displays it where a widget front end is connected, and returns its static picture everywhere else (see the
 * package notes), so the same cell runs under every kernel.
 */
public abstract class Widget {

    Widget() {}

    /** Opens this widget's model (and its children's, for a box) on {@code channel}; returns its model id. */
    abstract String open(WidgetChannel channel);

    /**
     * What a kernel without widgets shows in its place: a text, or an image. A box prints its children's texts
     * and returns the last image among them.
     */
    abstract Object staticPicture();

    /**
     * What a cell ending in this call shows: in a widget front end, this widget's view (its models opened);
     * elsewhere its static picture (text or an image).
     */
    public final Object show() {
        return show(WidgetChannel.detect());
    }

    final Object show(WidgetChannel channel) {
        return channel == null ? staticPicture() : channel.view(open(channel), toString());
    }
}
