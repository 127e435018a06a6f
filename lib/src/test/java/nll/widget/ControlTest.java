package nll.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ControlTest {

    static Stream<Arguments> models() {
        return Stream.of(
                Arguments.of(IntSlider.of("steps", 1, 500, 300), "IntSliderModel", "IntSliderView"),
                Arguments.of(FloatSlider.of("mu", 40, 65, 0.1, 50), "FloatSliderModel", "FloatSliderView"),
                Arguments.of(LogSlider.of("rate", 0.001, 1, 0.15), "FloatLogSliderModel", "FloatLogSliderView"),
                Arguments.of(Dropdown.of("model", List.of("A", "B"), "B"), "DropdownModel", "DropdownView"),
                Arguments.of(Checkbox.of("MLE", true), "CheckboxModel", "CheckboxView"),
                Arguments.of(Play.of("step", 0, 100, 5, 200), "PlayModel", "PlayView"));
    }

    @ParameterizedTest
    @MethodSource("models")
    void eachControlNamesItsIpywidgets8ModelAndView(Control<?> control, String model, String view) {
        Map<String, Object> state = control.state();
        assertEquals(model, state.get("_model_name"));
        assertEquals(view, state.get("_view_name"));
        assertEquals("@jupyter-widgets/controls", state.get("_model_module"));
        assertEquals("2.0.0", state.get("_model_module_version"));
        assertEquals(control.description(), state.get("description"));
    }

    @Test
    void slidersTakeValuesInRangeAndRefuseOthersNamingThemselves() {
        FloatSlider mu = FloatSlider.of("mu", 40, 65, 0.1, 50);
        assertEquals(52.3, mu.valueIn(Map.of("value", 52.3)));
        assertNull(mu.valueIn(Map.of("description", "other")));
        IllegalArgumentException outside =
                assertThrows(IllegalArgumentException.class, () -> mu.valueIn(Map.of("value", 70.0)));
        assertEquals("mu = 70.0 must be in [40.0, 65.0]", outside.getMessage());
        assertThrows(IllegalArgumentException.class, () -> mu.valueIn(Map.of("value", "fifty")));
        assertThrows(IllegalArgumentException.class, () -> mu.valueIn(Map.of("value", Double.NaN)));

        IntSlider steps = IntSlider.of("steps", 1, 500, 300);
        assertEquals(42, steps.valueIn(Map.of("value", 42.0)));
        assertThrows(IllegalArgumentException.class, () -> steps.valueIn(Map.of("value", 4.5)));
    }

    @Test
    void badArgumentsAreRefusedAtTheDoor() {
        assertEquals(
                "start = 70.0 must be in [40.0, 65.0]",
                assertThrows(IllegalArgumentException.class, () -> FloatSlider.of("mu", 40, 65, 0.1, 70))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> FloatSlider.of("mu", 65, 40, 0.1, 50));
        assertThrows(IllegalArgumentException.class, () -> FloatSlider.of("mu", 40, 65, 0, 50));
        assertThrows(IllegalArgumentException.class, () -> LogSlider.of("rate", 0, 1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> IntSlider.of(" ", 0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> Dropdown.of("model", List.of("A"), "C"));
        assertEquals(
                "options is empty (length 0); at least one option is required",
                assertThrows(IllegalArgumentException.class, () -> Dropdown.of("model", List.of(), "A"))
                        .getMessage());
        assertEquals(
                "options = null must be a list of labels",
                assertThrows(IllegalArgumentException.class, () -> Dropdown.of("model", null, "A"))
                        .getMessage());
        assertEquals(
                "function = null must be a function of the controls' values",
                assertThrows(IllegalArgumentException.class, () -> Interact.show(Checkbox.of("MLE", true), null))
                        .getMessage());
        assertEquals(
                "controls[1] = null must be a control",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> Interact.show(Checkbox.of("MLE", true), null, (a, b) -> a))
                        .getMessage());
    }

    @Test
    void everyCountingControlRefusesFractionsAndValuesOutsideItsRangeTheSameWay() {
        assertEquals(
                "step = 4.5 must be a whole number",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> Play.of("step", 0, 100, 5, 200).valueIn(Map.of("value", 4.5)))
                        .getMessage());
        assertEquals(
                "steps = 501.0 must be in [1.0, 500.0]",
                assertThrows(
                                IllegalArgumentException.class,
                                () -> IntSlider.of("steps", 1, 500, 300).valueIn(Map.of("value", 501)))
                        .getMessage());
        Dropdown model = Dropdown.of("model", List.of("A", "B"), "B");
        assertEquals(
                "model index = 0.5 must be a whole number",
                assertThrows(IllegalArgumentException.class, () -> model.valueIn(Map.of("index", 0.5)))
                        .getMessage());
        assertEquals(
                "model index = x must be a number",
                assertThrows(IllegalArgumentException.class, () -> model.valueIn(Map.of("index", "x")))
                        .getMessage());
    }

    @Test
    void theLogSliderKeepsExponentsInItsStateAndValuesOutside() {
        LogSlider rate = LogSlider.of("rate", 0.001, 1, 0.15);
        Map<String, Object> state = rate.state();
        assertEquals(-3.0, (double) state.get("min"), 1e-12);
        assertEquals(0.0, (double) state.get("max"), 1e-12);
        assertEquals(0.15, state.get("value"));
        // 10^0 computed in the browser may come back a hair above 1.
        assertEquals(1.0, rate.valueIn(Map.of("value", 1.0000000000000002)));
    }

    @Test
    void theDropdownsValueIsTheChosenLabel() {
        Dropdown model = Dropdown.of("model", List.of("A", "B", "MLE"), "B");
        assertEquals(1, model.state().get("index"));
        assertEquals("MLE", model.valueIn(Map.of("index", 2.0)));
        assertThrows(IllegalArgumentException.class, () -> model.valueIn(Map.of("index", 3.0)));
    }

    @Test
    void theReadoutShowsAsManyDecimalsAsTheStep() {
        assertEquals(".1f", FloatSlider.readoutFormat(0.1));
        assertEquals(".3f", FloatSlider.readoutFormat(0.005));
        assertEquals(".0f", FloatSlider.readoutFormat(5));
        assertTrue(Checkbox.of("MLE", false).valueIn(Map.of("value", true)));
    }
}
