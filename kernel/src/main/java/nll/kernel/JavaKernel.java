package nll.kernel;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nll.kernel.display.PngImages;
import nll.kernel.display.ValueRenderer;
import nll.kernel.eval.CellEvaluator;
import nll.kernel.eval.EvaluationException;
import nll.kernel.magic.CellParts;
import nll.kernel.magic.MagicSession;
import nll.kernel.magic.Magics;
import nll.kernel.maven.ResolverConfiguration;
import nll.kernel.maven.ResolverLoader;
import nll.kernel.protocol.NoHistory;
import nll.kernel.traceback.CellException;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.history.HistoryManager;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;

/**
 * The Java kernel: jjava-jupyter's {@link BaseKernel} handles the Jupyter protocol, a {@link CellEvaluator} runs
 * the cells with JShell in this JVM, and {@link ValueRenderer} turns values into outputs.
 * <p>
 * JShell starts on a background thread as soon as the kernel is created, so its start overlaps the JVM's and
 * the protocol's; the first cell waits for it if it has not finished.
 */
public final class JavaKernel extends BaseKernel implements MagicSession {

    private static final Pattern MAGIC_NAME_AT_CURSOR = Pattern.compile("^\\s*%(\\w*)$");

    private final CompletableFuture<CellEvaluator> evaluator;
    private final Path workingDirectory;
    private final AtomicInteger displayCount = new AtomicInteger();
    private final Magics magics;
    private volatile boolean evaluating;

    private JavaKernel(Path workingDirectory, CompletableFuture<CellEvaluator> evaluator, MagicsRegistry registry) {
        super(KernelIdentity.IMPLEMENTATION,
                KernelIdentity.version(),
                new LanguageInfo.Builder("java")
                        // The feature version only: Jupyter saves language_info into every notebook it runs, and
                        // a JDK build string would change committed notebooks from one machine to the next.
                        .version(String.valueOf(Runtime.version().feature()))
                        .mimetype("text/x-java")
                        .fileExtension(".jshell")
                        .pygments("java")
                        .codemirror("text/x-java")
                        .build(),
                List.of(),
                null,
                new JupyterIO(StandardCharsets.UTF_8),
                new CommManager(),
                new ValueRenderer(),
                null,
                registry,
                true,
                new StringStyler.Builder().build());
        this.workingDirectory = workingDirectory;
        this.evaluator = evaluator;
        this.magics = new Magics(registry, () -> ResolverLoader.load(ResolverConfiguration.ofSystem()));
        PngImages.registerOn(renderer);
    }

    /**
     * Creates the kernel and starts JShell in the background. Relative paths in {@code %jars} and
     * {@code %classpath} are resolved against {@code workingDirectory}.
     */
    public static JavaKernel create(Path workingDirectory) {
        CompletableFuture<CellEvaluator> evaluator = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                evaluator.complete(CellEvaluator.start());
            } catch (RuntimeException | Error e) {
                evaluator.completeExceptionally(e);
            }
        }, "jshell-start");
        starter.setDaemon(true);
        starter.start();

        return new JavaKernel(workingDirectory.toAbsolutePath().normalize(), evaluator, new MagicsRegistry());
    }

    private CellEvaluator evaluator() {
        try {
            return evaluator.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("JShell failed to start: " + e.getCause().getMessage(), e.getCause());
        }
    }

    @Override
    public Path workingDirectory() {
        return workingDirectory;
    }

    @Override
    public void addToClasspath(List<Path> locations) {
        locations.forEach(evaluator()::addToClasspath);
        installExtensions(evaluator().classLoader());
    }

    /** Shows display data now, under a display id that later {@code updateDisplay} calls can refer to. */
    String show(DisplayData data) {
        String id = data.getDisplayId();
        if (id == null) {
            // Numbered, not random, so that a notebook's outputs are the same on every run.
            id = "display-" + displayCount.incrementAndGet();
            data.setDisplayId(id);
        }
        display(data);
        return id;
    }

    @Override
    public DisplayData eval(String code) {
        Object value;
        try {
            value = evalRaw(code);
        } catch (CellException e) {
            throw e;
        } catch (RuntimeException | Error e) {
            // Errors must not reach jjava's shell loop, which would then send no reply.
            throw EvaluationException.kernelFailure(e);
        }
        return value == null ? null : ((ValueRenderer) renderer).renderValue(value);
    }

    @Override
    public Object evalRaw(String code) {
        if (evaluating) {
            throw new IllegalStateException("a cell cannot evaluate code while it is itself being evaluated");
        }
        CellEvaluator cells = evaluator();
        evaluating = true;
        cells.startCell();
        try {
            return run(code, "cell " + (executionCount.get() - 1));
        } finally {
            evaluating = false;
            System.out.flush();
            System.err.flush();
        }
    }

    @Override
    public Object run(String code, String place) {
        Object value = null;
        for (CellParts.Part part : CellParts.split(code)) {
            value = part instanceof CellParts.Code java
                    ? evaluator().eval(java.source(), place, java.firstLine())
                    : magics.run(this, part, place);
        }
        return value;
    }

    @Override
    public List<String> formatError(Throwable e) {
        if (e instanceof CellException) {
            return ((CellException) e).traceback().ansiLines();
        }
        List<String> lines = new ArrayList<>();
        lines.add(e.toString());
        for (StackTraceElement frame : e.getStackTrace()) {
            lines.add("\tat " + frame);
        }
        return lines;
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        List<String> documentation = evaluator().analysis().documentation(CellParts.blankMagicLines(code), at, extraDetail);
        return documentation.isEmpty() ? null : new DisplayData(String.join("\n\n", documentation));
    }

    @Override
    public ReplacementOptions complete(String code, int at) {
        String lineBeforeCursor = code.substring(code.lastIndexOf('\n', at - 1) + 1, at);
        Matcher magic = MAGIC_NAME_AT_CURSOR.matcher(lineBeforeCursor);
        if (magic.matches()) {
            String prefix = magic.group(1);
            List<String> names = magicsRegistry.getLineMagicNames().stream()
                    .filter(n -> n.startsWith(prefix)).sorted().collect(Collectors.toList());
            return new ReplacementOptions(names, at - prefix.length(), at);
        }
        return evaluator().analysis().complete(CellParts.blankMagicLines(code), at);
    }

    @Override
    public String isComplete(String code) {
        if (code.stripLeading().startsWith("%%")) {
            return IS_COMPLETE_YES;
        }
        return evaluator().analysis().isComplete(CellParts.blankMagicLines(code));
    }

    /**
     * Only {@code System.in} is swapped per request: {@code System.out} and {@code System.err} are the connection's
     * {@code CellStreams} for the kernel's whole life (see {@code Main}), so that threads a cell starts print into
     * the notebook too, also after the cell has finished.
     */
    @Override
    protected void replaceOutputStreams(ShellReplyEnvironment env) {
        InputStream previous = System.in;
        System.setIn(io.in);
        env.defer(() -> System.setIn(previous));
    }

    /** The kernel keeps no history, and says so: a history request gets an empty one, not silence. */
    @Override
    public HistoryManager getHistoryManager() {
        return NoHistory.INSTANCE;
    }

    @Override
    public void interrupt() {
        if (evaluator.isDone() && !evaluator.isCompletedExceptionally()) {
            evaluator.join().interrupt();
        }
    }

    @Override
    public void onShutdown(boolean isRestarting) {
        interrupt();
        super.onShutdown(isRestarting);
        if (evaluator.isDone() && !evaluator.isCompletedExceptionally()) {
            evaluator.join().close();
        }
    }
}
