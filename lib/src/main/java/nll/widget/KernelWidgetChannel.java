package nll.widget;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The nll-notebooks kernel's {@code nll.kernel.WidgetBridge}, found by name through this class's own class loader
 * (a cell's class loader sees the kernel's classes) and called through method handles, so that this library
 * needs no compile-time link to the kernel and loads unchanged under kernels that have no such class.
 */
final class KernelWidgetChannel implements WidgetChannel {

    static final String BRIDGE = "nll.kernel.WidgetBridge";

    private final MethodHandle frontEndHasWidgets;
    private final MethodHandle open;
    private final MethodHandle update;
    private final MethodHandle close;
    private final MethodHandle display;
    private final MethodHandle view;

    private KernelWidgetChannel(Class<?> bridge) throws ReflectiveOperationException {
        MethodHandles.Lookup lookup = MethodHandles.publicLookup();
        frontEndHasWidgets = lookup.findStatic(bridge, "frontEndHasWidgets", MethodType.methodType(boolean.class));
        open = lookup.findStatic(
                bridge, "open", MethodType.methodType(String.class, Map.class, Map.class, Consumer.class));
        update = lookup.findStatic(
                bridge, "update", MethodType.methodType(void.class, String.class, Map.class, Map.class));
        close = lookup.findStatic(bridge, "close", MethodType.methodType(void.class, String.class));
        display = lookup.findStatic(bridge, "display", MethodType.methodType(String.class, String.class, String.class));
        view = lookup.findStatic(bridge, "view", MethodType.methodType(Object.class, String.class, String.class));
    }

    /** The kernel's bridge, or null where this code does not run in the nll-notebooks kernel. */
    static KernelWidgetChannel find() {
        try {
            return new KernelWidgetChannel(Class.forName(BRIDGE, true, KernelWidgetChannel.class.getClassLoader()));
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }

    @Override
    public boolean frontEndHasWidgets() {
        try {
            return (boolean) frontEndHasWidgets.invokeExact();
        } catch (Throwable e) {
            return false;
        }
    }

    @Override
    public String open(Map<String, Object> state, Map<String, byte[]> binary, Consumer<Map<String, Object>> listener) {
        return (String) call(open, state, binary, listener);
    }

    @Override
    public void update(String modelId, Map<String, Object> changes, Map<String, byte[]> binary) {
        call(update, modelId, changes, binary);
    }

    @Override
    public void close(String modelId) {
        call(close, modelId);
    }

    @Override
    public void display(String modelId, String plainText) {
        call(display, modelId, plainText);
    }

    @Override
    public Object view(String modelId, String plainText) {
        return call(view, modelId, plainText);
    }

    private static Object call(MethodHandle method, Object... args) {
        try {
            return method.invokeWithArguments(args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("the kernel's widget bridge failed: " + e, e);
        }
    }
}
