package nll.widget;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import nll.validation.Require;

/**
 * Calls a function with the values of some controls and shows what it returns (a chart, a table, text, or an
 * {@link Output} of several) under them, redrawn whenever a control moves. While a slider is dragged the function
 * runs for the newest value only: values that arrive while it runs replace each other ({@link Latest}).
 *
 * <p>Where widgets cannot render (other kernels, headless runs; see the package notes) the controls are not shown
 * and {@code show} returns the function's value at the controls' starting values, so the cell shows that static
 * picture. In a widget front end {@code show} returns the view of the controls and outputs, which the cell shows.
 */
public final class Interact {

    /** A function of three values. */
    @FunctionalInterface
    public interface Function3<A, B, C> {
        Object apply(A a, B b, C c);
    }

    // One thread draws for every interactive cell, so redrawing never competes with itself for the CPU.
    private static final ExecutorService DRAWING = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "interact-drawing");
        thread.setDaemon(true);
        return thread;
    });

    private Interact() {}

    /** Shows {@code function} of one control. */
    public static <A> Object show(Control<A> a, Function<A, ?> function) {
        require(function, a);
        return show(List.of(a), values -> function.apply(value(a, values, 0)), WidgetChannel.detect());
    }

    /** Shows {@code function} of two controls. */
    public static <A, B> Object show(Control<A> a, Control<B> b, BiFunction<A, B, ?> function) {
        require(function, a, b);
        return show(
                List.of(a, b),
                values -> function.apply(value(a, values, 0), value(b, values, 1)),
                WidgetChannel.detect());
    }

    /** Shows {@code function} of three controls. */
    public static <A, B, C> Object show(Control<A> a, Control<B> b, Control<C> c, Function3<A, B, C> function) {
        require(function, a, b, c);
        return show(
                List.of(a, b, c),
                values -> function.apply(value(a, values, 0), value(b, values, 1), value(c, values, 2)),
                WidgetChannel.detect());
    }

    private static void require(Object function, Control<?>... controls) {
        Require.nonEmpty("controls", controls, "control");
        Require.nonNull("function", function, "a function of the controls' values");
    }

    // control is there for its type alone: the value at index is that control's, a T, which makes the cast safe.
    @SuppressWarnings({"unchecked", "UnusedVariable"})
    private static <T> T value(Control<T> control, List<Object> values, int index) {
        return (T) values.get(index);
    }

    /**
     * Shows {@code function} of {@code controls} through {@code channel}, or, when the channel is null, returns its
     * static picture at the starting values.
     */
    static Object show(List<Control<?>> controls, Function<List<Object>, Object> function, WidgetChannel channel) {
        require(function, controls.toArray(new Control<?>[0]));
        List<Object> start = controls.stream().map(Control::start).collect(Collectors.toList());
        Output first = Output.from(function.apply(start));
        if (channel == null) {
            return first.staticPicture();
        }
        return new Live(controls, start, function, first, channel).view();
    }

    /** The widgets of one interactive cell: its controls' models, one model per output part, and a status line. */
    private static final class Live {

        private final List<Control<?>> controls;
        private final Object[] values;
        private final Function<List<Object>, Object> function;
        private final WidgetChannel channel;
        private final List<Object> shownParts;
        private final List<String> partIds = new ArrayList<>();
        private final List<String> controlIds = new ArrayList<>();
        private final String statusId;
        private final Latest<List<Object>> latest;
        private boolean statusShown;

        Live(
                List<Control<?>> controls,
                List<Object> start,
                Function<List<Object>, Object> function,
                Output first,
                WidgetChannel channel) {
            this.controls = controls;
            this.values = start.toArray();
            this.function = function;
            this.channel = channel;
            this.shownParts = new ArrayList<>(first.parts());
            this.latest = new Latest<>(this::redraw, DRAWING);
            for (int i = 0; i < controls.size(); i++) {
                int index = i;
                Control<?> control = controls.get(i);
                controlIds.add(channel.open(control.state(), Map.of(), changes -> changed(index, control, changes)));
            }
            for (Object part : first.parts()) {
                partIds.add(channel.open(Output.state(part), Output.binary(part), changes -> {}));
            }
            this.statusId = channel.open(HTML.of("").state(), Map.of(), changes -> {});
        }

        /** Opens the column of controls, outputs and status line; returns its view. */
        Object view() {
            List<String> children = new ArrayList<>(controlIds);
            children.addAll(partIds);
            children.add(statusId);
            String boxId = channel.open(Box.state(Box.Direction.COLUMN, children), Map.of(), changes -> {});
            return channel.view(boxId, controls.stream().map(Control::toString).collect(Collectors.joining(", ")));
        }

        /** On the kernel's shell thread: validates the new value (a bad one is refused) and offers a redraw. */
        private void changed(int index, Control<?> control, Map<String, Object> changes) {
            Object value = control.valueIn(changes);
            if (value == null) {
                return;
            }
            List<Object> snapshot;
            synchronized (values) {
                values[index] = value;
                snapshot = Arrays.asList(values.clone());
            }
            latest.offer(snapshot);
        }

        /** On the drawing thread: the function at these values, shown in place of the last output. */
        private void redraw(List<Object> at) {
            Output output;
            try {
                output = Output.from(function.apply(at));
            } catch (RuntimeException e) {
                status("the function failed at " + at + ": " + e);
                return;
            }
            List<Object> parts = output.parts();
            if (parts.size() != shownParts.size()) {
                status("the function returned " + parts.size() + " parts at " + at + ", " + shownParts.size()
                        + " at the start");
                return;
            }
            for (int i = 0; i < parts.size(); i++) {
                if (!Output.sameKind(parts.get(i), shownParts.get(i))) {
                    status("part " + (i + 1) + " changed from a chart to text or back at " + at);
                    return;
                }
            }
            for (int i = 0; i < parts.size(); i++) {
                channel.update(partIds.get(i), Output.changes(parts.get(i)), Output.binary(parts.get(i)));
                shownParts.set(i, parts.get(i));
            }
            if (statusShown) {
                status("");
            }
        }

        private void status(String message) {
            statusShown = !message.isEmpty();
            channel.update(
                    statusId,
                    Map.of("value", message.isEmpty() ? "" : "<pre>" + Output.escape(message) + "</pre>"),
                    Map.of());
        }
    }
}
