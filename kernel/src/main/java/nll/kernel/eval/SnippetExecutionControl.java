package nll.kernel.eval;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jdk.jshell.execution.LocalExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * JShell's in-process execution, extended to hand the kernel the value of each snippet as an object (JShell itself
 * only reports its string form) and to stop a cell reliably.
 * <p>
 * JShell calls {@link #invoke(Method)} with a snippet's generated {@code do_it$} method. Instead of that method,
 * the superclass is given {@link #runPendingSnippet()}, which calls it and keeps its result. The superclass still
 * owns the thread the snippet runs in and the way it is stopped: {@code Thread.stop} on JDK 17, stop checks woven
 * into the snippet's bytecode on JDK 22 and later, where {@code Thread.stop} no longer works.
 * <p>
 * While a cell compiles ({@link #deferInvocations()}), JShell's requests to run a snippet are only recorded, and
 * the kernel runs them with {@link #runRecorded} once the whole cell has compiled.
 */
final class SnippetExecutionControl extends LocalExecutionControl {

    /** The snippet about to run; inherited by the thread the superclass starts for it. */
    private static final InheritableThreadLocal<PendingSnippet> PENDING = new InheritableThreadLocal<>();

    private static final Method RUN_PENDING_SNIPPET;

    static {
        try {
            RUN_PENDING_SNIPPET = SnippetExecutionControl.class.getDeclaredMethod("runPendingSnippet");
            RUN_PENDING_SNIPPET.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final SnippetClassLoader classLoader;
    private volatile boolean cancelled;
    private Object lastValue;
    /** While a cell compiles, the snippets' do_it$ methods are kept here instead of run; null otherwise. */
    private List<Method> deferred;

    private SnippetExecutionControl(SnippetClassLoader classLoader) {
        super(new SnippetLoaderDelegate(classLoader));
        this.classLoader = classLoader;
    }

    /** A provider that hands JShell this control; {@link #control()} gives the kernel the same instance. */
    static final class Provider implements ExecutionControlProvider {
        private final SnippetExecutionControl control;

        Provider(ClassLoader parent) {
            this.control = new SnippetExecutionControl(new SnippetClassLoader(parent));
        }

        SnippetExecutionControl control() {
            return control;
        }

        @Override
        public String name() {
            return "nll-local";
        }

        @Override
        public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
            return control;
        }
    }

    ClassLoader classLoader() {
        return classLoader;
    }

    /** Clears a cancellation left over from an earlier cell; called as a cell starts. */
    void resetCancellation() {
        cancelled = false;
    }

    /** Marks the running cell as cancelled; snippets that have not started yet will not run user code. */
    void cancel() {
        cancelled = true;
    }

    boolean isCancelled() {
        return cancelled;
    }

    /** The object the last executed snippet produced, or null. Clears it. */
    Object takeLastValue() {
        Object value = lastValue;
        lastValue = null;
        return value;
    }

    /** From now on, JShell's requests to run a snippet are only recorded; {@link #run} runs them later. */
    void deferInvocations() {
        deferred = new ArrayList<>();
    }

    /** The number of snippet runs recorded since {@link #deferInvocations()}. */
    int deferredCount() {
        return deferred.size();
    }

    /** Stops recording; returns the recorded do_it$ methods in the order JShell asked for them. */
    List<Method> stopDeferring() {
        List<Method> recorded = deferred;
        deferred = null;
        return recorded;
    }

    @Override
    protected String invoke(Method doitMethod) throws Exception {
        if (deferred != null) {
            deferred.add(doitMethod);
            return "";
        }
        return run(doitMethod);
    }

    /**
     * Runs a recorded do_it$ method as JShell runs one: stoppable, and with what it throws turned into JShell's
     * {@code UserException} (the exception's class, message, frames and causes) or {@code ResolutionException}.
     */
    void runRecorded(Method doitMethod) throws RunException, InternalException {
        try {
            clientCodeEnter();
            run(doitMethod);
        } catch (InvocationTargetException e) {
            throwConvertedInvocationException(e.getCause());
        } catch (RunException | InternalException e) {
            throw e;
        } catch (Throwable e) {
            throwConvertedOtherException(e);
        } finally {
            clientCodeLeave();
        }
    }

    /** Runs a snippet's do_it$ method in the superclass's stoppable way and keeps its value for the kernel. */
    private String run(Method doitMethod) throws Exception {
        PendingSnippet pending = new PendingSnippet(doitMethod, this);
        PENDING.set(pending);
        try {
            lastValue = null;
            String valueString = super.invoke(RUN_PENDING_SNIPPET);
            lastValue = pending.result;
            return valueString;
        } finally {
            PENDING.remove();
        }
    }

    /**
     * Runs in the snippet's thread. Returns null so that the superclass does not call the value's
     * {@code toString()} a second time; the kernel renders the kept value itself.
     */
    @SuppressWarnings("UnusedMethod") // called reflectively, through RUN_PENDING_SNIPPET
    private static Object runPendingSnippet() throws Throwable {
        PendingSnippet pending = PENDING.get();
        Thread.currentThread().setContextClassLoader(pending.control.classLoader);
        if (pending.control.cancelled) {
            throw new CellCancelled();
        }
        try {
            pending.result = pending.doitMethod.invoke(null);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        return null;
    }

    private static final class PendingSnippet {
        final Method doitMethod;
        final SnippetExecutionControl control;
        volatile Object result;

        PendingSnippet(Method doitMethod, SnippetExecutionControl control) {
            this.doitMethod = doitMethod;
            this.control = control;
        }
    }

    /** Thrown instead of running a snippet of a cell that was interrupted before the snippet started. */
    private static final class CellCancelled extends Error {
        CellCancelled() {
            super("cell interrupted", null, false, false);
        }
    }
}
