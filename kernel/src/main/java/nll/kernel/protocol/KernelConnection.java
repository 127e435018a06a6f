package nll.kernel.protocol;

import java.io.PrintStream;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.dflib.jjava.jupyter.channels.IOPubChannel;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageContext;
import org.dflib.jjava.jupyter.messages.publish.PublishStatus;
import org.zeromq.ZMQ;

/**
 * The kernel's Jupyter connection: jjava-jupyter's {@link JupyterConnection} (its heartbeat, and the handler table
 * the kernel fills), with the shell, control, stdin and IOPub sockets replaced by ones that survive bad messages
 * ({@link GuardedShellChannel}, {@link GuardedStdinChannel}), abort queued cells after an error (stop_on_error),
 * and deliver printed text coalesced and in order ({@link CellStreams}, {@link OrderedIOPubChannel}).
 */
public final class KernelConnection extends JupyterConnection {

    /** How long a closing socket may still spend sending what is queued (the last replies). */
    private static final int LINGER_MILLIS = 1000;

    private static final long THREAD_END_MILLIS = 2000;

    private final KernelConnectionProperties properties;
    private final ZMQ.Context context = ZMQ.context(1);
    private final Consumer<String> log;
    private final GuardedShellChannel shellChannel;
    private final GuardedShellChannel controlChannel;
    private final GuardedStdinChannel stdinChannel;
    private final OrderedIOPubChannel iopubChannel;
    private final CellStreams streams;
    private final CountDownLatch closed = new CountDownLatch(1);

    /**
     * @param log the kernel's log (its original standard error): one line per dropped message, never the key
     */
    public KernelConnection(KernelConnectionProperties properties, PrintStream log)
            throws NoSuchAlgorithmException, InvalidKeyException {
        super(properties);
        this.properties = properties;
        this.log = line -> log.println("nll-notebooks kernel: " + line);
        HMACGenerator signer = properties.createHMACGenerator();
        this.shellChannel = new GuardedShellChannel(context, signer, false, this, this.log);
        this.controlChannel = new GuardedShellChannel(context, signer, true, this, this.log);
        this.stdinChannel = new GuardedStdinChannel(context, signer, this.log);
        this.iopubChannel = new OrderedIOPubChannel(context, signer);
        this.streams = new CellStreams(iopubChannel::sendStream, log, CellStreams.LIMIT_BYTES);
        iopubChannel.setStreams(streams);
        stdinChannel.setStreams(streams);
        for (ZMQ.Socket socket : List.of(shellChannel, controlChannel, stdinChannel, iopubChannel)) {
            socket.setLinger(LINGER_MILLIS);
        }
    }

    /** What cells print: install as {@code System.out} and {@code System.err}. */
    public CellStreams streams() {
        return streams;
    }

    @Override
    public void connect() {
        heartbeat.bind(properties);
        iopubChannel.bind(properties);
        stdinChannel.bind(properties);
        controlChannel.bind(properties);
        shellChannel.bind(properties);
        streams.startFlushing();
        iopubChannel.sendMessage(new Message<>(null, PublishStatus.MESSAGE_TYPE, PublishStatus.STARTING));
    }

    @Override
    public IOPubChannel getIOPub() {
        return iopubChannel;
    }

    @Override
    public ShellReplyEnvironment prepareReplyEnv(ShellChannel shell, MessageContext context) {
        return replyEnvironment(shell, context);
    }

    TrackedReplyEnvironment replyEnvironment(ShellChannel shell, MessageContext context) {
        return replyEnvironment(shell, context, () -> {});
    }

    TrackedReplyEnvironment replyEnvironment(ShellChannel shell, MessageContext context, Runnable beforeErrorReply) {
        return new TrackedReplyEnvironment(shell, stdinChannel, iopubChannel, context, beforeErrorReply);
    }

    /** Stops the shell and control threads; {@link #waitUntilClose()} then returns. Safe from any thread. */
    @Override
    public void close() {
        shellChannel.close();
        controlChannel.close();
        closed.countDown();
    }

    /**
     * Waits for {@link #close()}, then for the channel threads to end and the last messages to be sent. A thread
     * stuck in a cell that ignores interrupts is not waited for beyond {@value #THREAD_END_MILLIS} ms: the process
     * exits anyway (see {@code Main}).
     */
    @Override
    public void waitUntilClose() {
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        streams.flush();
        // both waits run, whatever the first returns
        boolean shellEnded = shellChannel.awaitEnd(THREAD_END_MILLIS);
        boolean controlEnded = controlChannel.awaitEnd(THREAD_END_MILLIS);
        boolean ended = shellEnded && controlEnded;
        iopubChannel.closeQuietly();
        stdinChannel.close();
        super.close();
        if (ended) {
            // Waits up to the linger time for queued replies to go out; needs every socket closed.
            context.term();
        }
    }
}
