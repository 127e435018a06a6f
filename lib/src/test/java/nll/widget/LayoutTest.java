package nll.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Label, HTML, Image and Box: their models' state, their static pictures, and an image replaced while shown. */
class LayoutTest {

    private static final BufferedImage CHART = new BufferedImage(80, 50, BufferedImage.TYPE_INT_RGB);

    @Test
    void textWidgetsUseTheControlsModelsWithTheirTextAsValue() {
        Map<String, Object> label = Label.of("rate").state();
        assertEquals(
                List.of("LabelModel", "LabelView", "@jupyter-widgets/controls", "2.0.0", "rate"),
                List.of(
                        label.get("_model_name"),
                        label.get("_view_name"),
                        label.get("_model_module"),
                        label.get("_model_module_version"),
                        label.get("value")));
        Map<String, Object> html = HTML.of("<b>L</b> = 0.5").state();
        assertEquals("HTMLModel", html.get("_model_name"));
        assertEquals("HTMLView", html.get("_view_name"));
        assertEquals("<b>L</b> = 0.5", html.get("value"));
        assertEquals(
                "<pre>a &lt; b &amp; c</pre>", HTML.preformatted("a < b & c").markup());
        assertEquals("a < b & c", HTML.preformatted("a < b & c").plainText());
        assertEquals("L = 0.5", HTML.of("<b>L</b> = 0.5").show(null), "the static picture drops the tags");
    }

    @Test
    void anImageSendsItsPngAsBinaryStateAndItsSizeAsText() throws Exception {
        Image image = Image.of(CHART);
        Map<String, Object> state = image.state();
        assertEquals("ImageModel", state.get("_model_name"));
        assertEquals("ImageView", state.get("_view_name"));
        assertEquals("png", state.get("format"));
        assertEquals("80", state.get("width"));
        assertEquals("50", state.get("height"));
        BufferedImage sent =
                ImageIO.read(new ByteArrayInputStream(image.binary().get("value")));
        assertEquals(80, sent.getWidth());
        assertSame(CHART, image.show(null), "without widgets the picture itself is the cell's value");
    }

    @Test
    void aReplacedImageIsSentWhereverItIsShown() throws Exception {
        RecordingChannel channel = new RecordingChannel();
        Image image = Image.of(CHART);
        assertEquals("view of model-1", image.show(channel));
        BufferedImage wider = new BufferedImage(120, 50, BufferedImage.TYPE_INT_RGB);
        image.replace(wider);
        assertEquals(List.of("model-1 [format, width, height] [value]"), channel.updates);
        assertEquals("120", channel.states.get("model-1").get("width"));
        byte[] png = channel.binaries.get("model-1").get("value");
        assertEquals(120, ImageIO.read(new ByteArrayInputStream(png)).getWidth());
        assertSame(wider, image.picture());
        assertEquals(
                "next = null must be an image (a chart)",
                assertThrows(IllegalArgumentException.class, () -> image.replace(null))
                        .getMessage());
    }

    @Test
    void aBoxOpensItsChildrenFirstAndReferencesThemInOrder() {
        RecordingChannel channel = new RecordingChannel();
        Box controls = Box.row(FloatSlider.of("mu", 40, 65, 0.1, 55), FloatSlider.of("sigma", 1, 12, 0.1, 6));
        Box page = Box.column(Label.of("drag mu"), controls, Image.of(CHART));
        assertEquals("view of model-6", page.show(channel), "the cell's value is the outer box's view");
        assertEquals(
                List.of("LabelModel", "FloatSliderModel", "FloatSliderModel", "HBoxModel", "ImageModel", "VBoxModel"),
                channel.states.keySet().stream().map(channel::modelName).toList());
        assertEquals(
                List.of("IPY_MODEL_model-2", "IPY_MODEL_model-3"),
                channel.states.get("model-4").get("children"));
        Map<String, Object> column = channel.states.get("model-6");
        assertEquals(List.of("IPY_MODEL_model-1", "IPY_MODEL_model-4", "IPY_MODEL_model-5"), column.get("children"));
        assertEquals("VBoxView", column.get("_view_name"));
        assertEquals("@jupyter-widgets/controls", column.get("_model_module"));
        assertEquals("2.0.0", column.get("_model_module_version"));
        assertEquals(List.of("model-6: drag mu, mu = 55.0, sigma = 6.0, image 80x50"), channel.displayed);
    }

    @Test
    void withoutWidgetsABoxShowsItsLastImageOrItsTexts() {
        assertSame(CHART, Box.column(Label.of("drag mu"), Image.of(CHART)).show(null));
        assertEquals(
                "mu = 55.0\nsigma = 6.0",
                Box.row(FloatSlider.of("mu", 40, 65, 0.1, 55), FloatSlider.of("sigma", 1, 12, 0.1, 6))
                        .show(null));
    }

    @Test
    void badArgumentsAreNamed() {
        assertEquals(
                "children is empty (length 0); at least one widget is required",
                assertThrows(IllegalArgumentException.class, () -> Box.row()).getMessage());
        assertEquals(
                "children[1] = null must be a widget",
                assertThrows(IllegalArgumentException.class, () -> Box.column(Label.of("a"), null))
                        .getMessage());
        assertEquals(
                "text = null must be a text (it may be empty)",
                assertThrows(IllegalArgumentException.class, () -> Label.of(null))
                        .getMessage());
        assertEquals(
                "picture = null must be an image (a chart)",
                assertThrows(IllegalArgumentException.class, () -> Image.of(null))
                        .getMessage());
    }
}
