package nll.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class InteractTest {

    private static final FloatSlider MU = FloatSlider.of("mu", 40, 65, 0.1, 50);
    private static final IntSlider WIDTH = IntSlider.of("width", 10, 400, 100);

    private static Object picture(List<Object> values) {
        double mu = (Double) values.get(0);
        int width = (Integer) values.get(1);
        return Output.of(new BufferedImage(width, 20, BufferedImage.TYPE_INT_RGB), "mu = " + mu);
    }

    @Test
    void withoutWidgetsTheCellShowsTheChartAtTheStartingValues() {
        Object shown = Interact.show(List.of(MU, WIDTH), InteractTest::picture, null);
        assertEquals(100, ((BufferedImage) shown).getWidth());
    }

    @Test
    void textAloneIsTheStaticPictureWhenThereIsNoChart() {
        assertEquals("mu = 50.0", Interact.show(List.of(MU), v -> "mu = " + v.get(0), null));
    }

    @Test
    void withWidgetsTheControlsAndOutputsAreShownAndAChangeRedrawsInPlace() throws Exception {
        RecordingChannel channel = new RecordingChannel();
        assertEquals(
                "view of model-6",
                Interact.show(List.of(MU, WIDTH), InteractTest::picture, channel),
                "the cell's value is the column's view");
        List<String> ids = List.copyOf(channel.states.keySet());
        assertEquals(
                List.of("FloatSliderModel", "IntSliderModel", "ImageModel", "HTMLModel", "HTMLModel", "VBoxModel"),
                ids.stream().map(channel::modelName).toList());
        String box = ids.get(5);
        assertEquals(List.of(box + ": mu = 50.0, width = 100"), channel.displayed);
        assertEquals(
                List.of(
                        "IPY_MODEL_model-1",
                        "IPY_MODEL_model-2",
                        "IPY_MODEL_model-3",
                        "IPY_MODEL_model-4",
                        "IPY_MODEL_model-5"),
                channel.states.get(box).get("children"));
        assertTrue(channel.binaries.get("model-3").get("value").length > 0, "the chart's PNG");

        channel.change("model-1", "value", 52.5);
        waitFor(() -> channel.states.get("model-4").get("value").equals("<pre>mu = 52.5</pre>"));
        channel.change("model-2", "value", 300.0);
        waitFor(() -> channel.states.get("model-3").get("width").equals("300"));
        assertEquals("<pre>mu = 52.5</pre>", channel.states.get("model-4").get("value"), "mu kept its new value");
    }

    @Test
    void aValueOutsideTheControlIsRefusedBeforeAnythingIsDrawn() {
        RecordingChannel channel = new RecordingChannel();
        Interact.show(List.of(MU, WIDTH), InteractTest::picture, channel);
        assertThrows(IllegalArgumentException.class, () -> channel.change("model-1", "value", 99.0));
        assertEquals(List.of(), channel.updates);
    }

    @Test
    void aFailingFunctionShowsItsErrorUnderTheControlsAndKeepsTheLastPicture() throws Exception {
        RecordingChannel channel = new RecordingChannel();
        Interact.show(
                List.of(MU),
                v -> {
                    if ((Double) v.get(0) > 60) {
                        throw new IllegalStateException("too far");
                    }
                    return "fine";
                },
                channel);
        channel.change("model-1", "value", 61.0);
        waitFor(() -> String.valueOf(channel.states.get("model-3").get("value")).contains("too far"));
        assertEquals("<pre>fine</pre>", channel.states.get("model-2").get("value"));
        channel.change("model-1", "value", 45.0);
        waitFor(() -> "".equals(channel.states.get("model-3").get("value")));
    }

    @Test
    void progressShowsNothingWithoutWidgetsAndAtMostAHundredUpdatesWithThem() {
        Progress none = Progress.of("training", 1000, null);
        none.done(500);
        none.close();

        RecordingChannel channel = new RecordingChannel();
        try (Progress bar = Progress.of("training", 1000, channel)) {
            for (int step = 1; step <= 1000; step++) {
                bar.done(step);
            }
        }
        assertEquals(101, channel.updates.size(), "one per whole percent from 1 to 100, and the finish");
        assertEquals("success", channel.states.get("model-1").get("bar_style"));
        assertThrows(
                IllegalArgumentException.class,
                () -> Progress.of("training", 10, channel).done(11));
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not reached within 10 s");
            }
            Thread.sleep(5);
        }
    }
}
