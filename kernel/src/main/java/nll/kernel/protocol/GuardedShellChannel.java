package nll.kernel.protocol;

import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.channels.ShellHandler;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

/**
 * The shell or control channel, read by its own thread, which takes the place of jjava-jupyter's channel loop.
 * <p>
 * <b>Bad messages.</b> A message that {@link WireFormat} rejects (malformed frames, a wrong or missing signature,
 * invalid JSON) is dropped with one line in the kernel's log, and the channel reads on; a handler that throws
 * is logged the same way. jjava's loop ended on either, and the channel never answered again.
 * <p>
 * <b>stop_on_error.</b> When an execute request that asked for it (the protocol's default) replies with an error,
 * the execute requests already waiting on the channel are answered {@code aborted} without running, as ipykernel
 * does; other requests waiting there are handled as usual.
 * <p>
 * The thread waits in {@code poll} rather than sleeping between polls, so a request is taken up at once.
 */
final class GuardedShellChannel extends ShellChannel {

    private static final long POLL_MILLIS = 200;

    private final String name;
    private final ZMQ.Context context;
    private final KernelConnection connection;
    private final WireFormat wire;
    private final Consumer<String> log;
    private volatile boolean running;
    private Thread thread;
    private ZMQ.Poller poller;

    GuardedShellChannel(
            ZMQ.Context context,
            HMACGenerator signer,
            boolean control,
            KernelConnection connection,
            Consumer<String> log) {
        super(context, signer, control, connection);
        this.name = control ? "control" : "shell";
        this.context = context;
        this.connection = connection;
        this.wire = new WireFormat(signer);
        this.log = log;
    }

    @Override
    public void bind(KernelConnectionProperties properties) {
        int port = name.equals("control") ? properties.getControlPort() : properties.getShellPort();
        bind(properties.getTransport() + "://" + properties.getIp() + ":" + port);
        poller = context.poller(1);
        poller.register(this, ZMQ.Poller.POLLIN);
        running = true;
        thread = new Thread(this::serve, name);
        thread.setDaemon(true);
        thread.start();
    }

    private void serve() {
        try {
            while (running) {
                if (poller.poll(POLL_MILLIS) > 0) {
                    WireFormat.Decoded request = receive();
                    if (request != null) {
                        handle(request);
                    }
                }
            }
        } catch (ZMQException | IllegalStateException e) {
            if (running) {
                log.accept(name + " channel stopped: " + e);
            }
        } finally {
            super.close();
        }
    }

    /** The next message on the socket, or null if it was dropped. */
    private WireFormat.Decoded receive() {
        WireFormat.Result result = wire.decode(WireFormat.receiveFrames(this));
        if (result instanceof WireFormat.Rejected rejected) {
            log.accept("dropped a message on the " + name + " channel: " + rejected.reason());
            return null;
        }
        return (WireFormat.Decoded) result;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void handle(WireFormat.Decoded request) {
        Message<?> message = request.message();
        MessageType<?> type = message.getHeader().getType();
        ShellHandler handler = connection.getHandler(type);
        if (handler == null) {
            log.accept("no handler on the " + name + " channel for " + type.getName() + "; not answered");
            return;
        }
        boolean execute = MessageType.EXECUTE_REQUEST.equals(type);
        if (execute) {
            connection.streams().cellStarted(message);
        }
        // The requests waiting when the error reply goes out are the ones queued behind the failed cell: taken
        // then, a client that sends its next cell only once it has the reply cannot have that cell aborted.
        List<WireFormat.Decoded> queuedBehind = new ArrayList<>();
        Runnable takeQueued = execute && stopOnError(request) ? () -> takeWaiting(queuedBehind) : () -> {};
        TrackedReplyEnvironment env = connection.replyEnvironment(this, message, takeQueued);
        try {
            handler.handle(env, message);
        } catch (RuntimeException | Error e) {
            log.accept(type.getName() + " on the " + name + " channel failed: " + e);
        } finally {
            env.resolveDeferrals();
            if (execute) {
                connection.streams().cellFinished(message);
            }
        }
        if (env.isMarkedForShutdown()) {
            connection.close();
            return;
        }
        answerQueuedBehindError(queuedBehind);
    }

    private static boolean stopOnError(WireFormat.Decoded request) {
        JsonElement flag = request.content().get("stop_on_error");
        // The protocol's default is true; a client that leaves the field out asks for stopping.
        return flag == null || !flag.isJsonPrimitive() || flag.getAsBoolean();
    }

    /** Takes every message already waiting on the socket, without answering any. */
    private void takeWaiting(List<WireFormat.Decoded> waiting) {
        while (running && poller.poll(0) > 0) {
            WireFormat.Decoded request = receive();
            if (request != null) {
                waiting.add(request);
            }
        }
    }

    /** Answers the execute requests taken when a cell failed {@code aborted}, and handles the other messages. */
    private void answerQueuedBehindError(List<WireFormat.Decoded> waiting) {
        for (WireFormat.Decoded request : waiting) {
            if (MessageType.EXECUTE_REQUEST.equals(request.message().getHeader().getType())) {
                sendAborted(request.message());
            } else {
                handle(request);
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void sendAborted(Message<?> request) {
        TrackedReplyEnvironment env = connection.replyEnvironment(this, request);
        env.setStatusBusy();
        env.reply(new Message(request, MessageType.EXECUTE_REPLY, Map.of("status", "aborted")));
        env.setStatusIdle();
    }

    /** Stops the thread within {@value #POLL_MILLIS} ms; it closes the socket as it ends. */
    @Override
    public void close() {
        running = false;
    }

    @Override
    public void waitUntilClose() {
        // Nothing: KernelConnection waits for the thread, with a time limit.
    }

    /** Waits up to {@code millis} for the thread to end; true if it ended. */
    boolean awaitEnd(long millis) {
        try {
            thread.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !thread.isAlive();
    }
}
