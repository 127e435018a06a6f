package nll.widget;

import nll.validation.Require;

/**
 * A piece of HTML (ipywidgets' HTML), for text with emphasis, a formula in plain markup or a preformatted table.
 * Immutable. Kernels without widgets show its {@linkplain #plainText() text without the tags}.
 */
public final class HTML extends TextModel {

    private HTML(String markup) {
        super("HTMLModel", "HTMLView", "markup", markup);
    }

    /** HTML showing {@code markup}, which the front end renders as it is. */
    public static HTML of(String markup) {
        return new HTML(markup);
    }

    /** Preformatted text: {@code text} escaped and kept in a {@code <pre>} block, so its columns line up. */
    public static HTML preformatted(String text) {
        return new HTML("<pre>" + Output.escape(Require.nonNull("text", text, "a text")) + "</pre>");
    }

    /** The markup shown. */
    public String markup() {
        return value();
    }

    /** The text a reader sees, without tags, with the entities of {@code <}, {@code >} and {@code &} decoded. */
    public String plainText() {
        return value().replaceAll("<[^>]*>", "")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    @Override
    public String toString() {
        return plainText();
    }
}
