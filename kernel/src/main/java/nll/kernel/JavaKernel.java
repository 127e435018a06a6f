package nll.kernel;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import nll.kernel.eval.Variable;
import nll.kernel.magic.CellParts;
import nll.kernel.magic.MagicSession;
import nll.kernel.magic.Magics;
import nll.kernel.maven.ResolverConfiguration;
import nll.kernel.maven.ResolverLoader;
import nll.kernel.protocol.Replies;
import nll.kernel.protocol.SessionHistory;
import nll.kernel.traceback.CellException;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.publish.PublishClearOutput;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteInput;
import org.dflib.jjava.jupyter.messages.publish.PublishStream;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;
import org.dflib.jjava.jupyter.messages.request.HistoryRequest;
import org.dflib.jjava.jupyter.messages.request.InterruptRequest;
import org.dflib.jjava.jupyter.messages.request.KernelInfoRequest;
import org.dflib.jjava.jupyter.messages.request.ShutdownRequest;

/**
 * The Java kernel: jjava-jupyter's {@link BaseKernel} handles the Jupyter protocol, a {@link CellEvaluator} runs
 * the cells with JShell in this JVM, and {@link ValueRenderer} turns values into outputs.
 * <p>
 * JShell starts on a background thread as soon as the kernel is created, so its start overlaps the JVM's and
 * the protocol's; the first cell waits for it if it has not finished.
 */
public final class JavaKernel extends BaseKernel implements MagicSession {

    private static final Pattern MAGIC_NAME_AT_CURSOR = Pattern.compile("^\\s*%(\\w*)$");
    /** A cell that is a name and "?" (or "??" for the Javadoc too) asks for help, as in IPython. */
    private static final Pattern HELP_REQUEST = Pattern.compile("\\s*([\\w$.]+)(\\?\\??)\\s*");

    private final CompletableFuture<CellEvaluator> evaluator;
    private final Path workingDirectory;
    private final AtomicInteger displayCount = new AtomicInteger();
    private final Magics magics;
    private final SessionHistory history = new SessionHistory();
    private volatile boolean evaluating;
    /** The reply environment of the execute request being handled, where clearOutput sends; null between cells. */
    private volatile ShellReplyEnvironment executing;
    /** The text/plain of the running cell's result, for its history entry. */
    private String resultText;

    private JavaKernel(Path workingDirectory, CompletableFuture<CellEvaluator> evaluator, MagicsRegistry registry) {
        super(
                KernelIdentity.IMPLEMENTATION,
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
        Thread starter = new Thread(
                () -> {
                    try {
                        evaluator.complete(CellEvaluator.start(line -> System.out.println(line)));
                    } catch (RuntimeException | Error e) {
                        evaluator.completeExceptionally(e);
                    }
                },
                "jshell-start");
        starter.setDaemon(true);
        starter.start();

        return new JavaKernel(workingDirectory.toAbsolutePath().normalize(), evaluator, new MagicsRegistry());
    }

    private CellEvaluator evaluator() {
        try {
            return evaluator.join();
        } catch (CompletionException e) {
            throw new IllegalStateException(
                    "JShell failed to start: " + e.getCause().getMessage(), e.getCause());
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
        DisplayData data = value == null ? null : ((ValueRenderer) renderer).renderValue(value);
        resultText = data == null ? null : (String) data.getData(MIMEType.TEXT_PLAIN);
        return data;
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
    public List<Variable> variables() {
        return evaluator().variables();
    }

    @Override
    public Object run(String code, String place) {
        Object value = null;
        for (CellParts.Part part : CellParts.split(code)) {
            if (part instanceof CellParts.Code java) {
                CellEvaluator.Value result = evaluator().eval(java.source(), place, java.firstLine());
                // An expression whose value is null shows "null"; a statement shows nothing.
                value = result == null ? null : result.object() == null ? renderer.render("null") : result.object();
            } else {
                value = magics.run(this, part, place);
            }
        }
        return value;
    }

    @Override
    public List<String> formatError(Throwable e) {
        if (e instanceof CellException cellException) {
            return cellException.traceback().ansiLines();
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
        List<String> documentation =
                evaluator().analysis().documentation(CellParts.blankMagicLines(code), charIndex(code, at), extraDetail);
        return documentation.isEmpty() ? null : new DisplayData(String.join("\n\n", documentation));
    }

    /**
     * Completions at {@code cursor}, which counts Unicode code points as the protocol (5.2 and later) does; so do
     * the positions of the replacement.
     */
    @Override
    public ReplacementOptions complete(String code, int cursor) {
        ReplacementOptions options = completeAt(code, charIndex(code, cursor));
        return new ReplacementOptions(
                options.getReplacements(),
                code.codePointCount(0, options.getSourceStart()),
                code.codePointCount(0, options.getSourceEnd()));
    }

    /** The index in {@code code}'s chars of the code point at {@code codePoints}. */
    private static int charIndex(String code, int codePoints) {
        return code.offsetByCodePoints(0, Math.min(codePoints, code.codePointCount(0, code.length())));
    }

    private ReplacementOptions completeAt(String code, int at) {
        String lineBeforeCursor = code.substring(code.lastIndexOf('\n', at - 1) + 1, at);
        Matcher magic = MAGIC_NAME_AT_CURSOR.matcher(lineBeforeCursor);
        if (magic.matches()) {
            String prefix = magic.group(1);
            List<String> names = magicsRegistry.getLineMagicNames().stream()
                    .filter(n -> n.startsWith(prefix))
                    .sorted()
                    .collect(Collectors.toList());
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

    /**
     * Sends clear_output: the output of the running cell is cleared now, or with {@code wait} when the next output
     * arrives (no flicker between old and new). Does nothing between cells.
     */
    void clearOutput(boolean wait) {
        ShellReplyEnvironment env = executing;
        if (env != null) {
            env.publish(wait ? PublishClearOutput.BEFORE_NEXT_OUTPUT : PublishClearOutput.NOW);
        }
    }

    /**
     * As jjava-jupyter handles it, with the execution count the protocol gives: only a request that stores history
     * (never a {@code silent} one) takes the next count and goes into the session's history; the reply to any other
     * carries the count of the last one that did. (What a silent request does not publish, the connection holds
     * back: see {@code TrackedReplyEnvironment}.)
     */
    @Override
    protected synchronized void handleExecuteRequest(ShellReplyEnvironment env, Message<ExecuteRequest> message) {
        ExecuteRequest request = message.getContent();
        boolean stored = request.shouldStoreHistory() && !request.isSilent();
        if (!stored) {
            // jjava's handler and the help answer take a count and advance the counter; this one takes the last
            // stored count and leaves the counter where it was.
            executionCount.decrementAndGet();
        }
        int count = executionCount.get();
        Matcher help = HELP_REQUEST.matcher(request.getCode());
        if (help.matches()) {
            answerHelp(env, message, help.group(1), help.group(2).length() == 2);
            return;
        }
        resultText = null;
        executing = env;
        try {
            super.handleExecuteRequest(env, message);
        } finally {
            executing = null;
        }
        if (stored) {
            history.add(count, request.getCode(), resultText);
        }
    }

    /**
     * Answers {@code name?} with the signatures of {@code name} (and its Javadoc for {@code name??}) in the pager,
     * as IPython answers {@code name?}: a "page" payload in the execute reply; nothing found is said on stdout.
     */
    private void answerHelp(ShellReplyEnvironment env, Message<ExecuteRequest> message, String name, boolean javadoc) {
        int count = executionCount.getAndIncrement();
        env.setBusyDeferIdle();
        env.publish(new PublishExecuteInput(message.getContent().getCode(), count));
        DisplayData found = inspect(name, name.length(), javadoc);
        List<Map<String, Object>> payload = new ArrayList<>();
        if (found == null) {
            env.publish(new PublishStream(PublishStream.StreamType.OUT, "no documentation found for " + name + "\n"));
        } else {
            payload.add(Map.of(
                    "source", "page", "data", Map.of("text/plain", found.getData(MIMEType.TEXT_PLAIN)), "start", 0));
        }
        env.reply(Replies.ok(
                message,
                MessageType.EXECUTE_REPLY,
                Map.of("execution_count", count, "payload", payload, "user_expressions", Map.of())));
    }

    @Override
    protected void handleHistoryRequest(ShellReplyEnvironment env, Message<HistoryRequest> message) {
        env.setBusyDeferIdle();
        env.reply(Replies.of(message, MessageType.HISTORY_REPLY, history.reply(message.getContent())));
    }

    @Override
    protected void handleKernelInfoRequest(ShellReplyEnvironment env, Message<KernelInfoRequest> message) {
        env.setBusyDeferIdle();
        env.reply(Replies.ok(
                message,
                MessageType.KERNEL_INFO_REPLY,
                Map.of(
                        "protocol_version", Replies.PROTOCOL_VERSION,
                        "implementation", KernelIdentity.IMPLEMENTATION,
                        "implementation_version", KernelIdentity.version(),
                        "language_info", getLanguageInfo(),
                        "banner", getBanner(),
                        "debugger", false,
                        "help_links", getHelpLinks())));
    }

    @Override
    protected void handleShutdownRequest(ShellReplyEnvironment env, Message<ShutdownRequest> message) {
        env.setBusyDeferIdle();
        boolean restart = message.getContent().isRestart();
        env.defer().reply(Replies.ok(message, MessageType.SHUTDOWN_REPLY, Map.of("restart", restart)));
        onShutdown(restart);
        env.resolveDeferrals();
        env.markForShutdown();
    }

    @Override
    protected void handleInterruptRequest(ShellReplyEnvironment env, Message<InterruptRequest> message) {
        env.setBusyDeferIdle();
        env.defer().reply(Replies.ok(message, MessageType.INTERRUPT_REPLY, Map.of()));
        interrupt();
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
