package nll.kernel.comm;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.JupyterSocket;
import org.dflib.jjava.jupyter.channels.ReplyEnvironment;
import org.dflib.jjava.jupyter.channels.ShellHandler;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageContext;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.comm.CommCloseCommand;
import org.dflib.jjava.jupyter.messages.comm.CommMsgCommand;
import org.dflib.jjava.jupyter.messages.comm.CommOpenCommand;
import org.dflib.jjava.jupyter.messages.request.CommInfoRequest;

/**
 * Jupyter comms in both directions: {@code comm_open}, {@code comm_msg} and {@code comm_close} from the front end
 * are handled on the shell channel, and {@code comm_info_request} lists the open comms (those of one target when
 * the request names one); the kernel opens, messages and closes comms on IOPub.
 * <p>
 * <b>Bad traffic.</b> A {@code comm_open} on a target nobody registered is answered with a {@code comm_close}, as
 * ipykernel does; a message or close for an unknown comm id, and a listener that throws, are logged and dropped.
 * None of them reaches jjava's loop.
 * <p>
 * <b>Parents.</b> What the kernel sends carries the request being handled as its parent: the cell that opened a
 * comm, or the front end's {@code comm_msg} that a reply answers (ipywidgets' echo relies on that).
 */
public final class Comms {

    private final JupyterSocket iopub;
    private final Consumer<String> log;
    private final Map<String, CommTarget> targets = new ConcurrentHashMap<>();
    private final Map<String, Comm> open = new ConcurrentHashMap<>();
    private final Set<String> askedAbout = ConcurrentHashMap.newKeySet();
    private volatile MessageContext parent;

    private Comms(JupyterSocket iopub, Consumer<String> log) {
        this.iopub = iopub;
        this.log = log;
    }

    /**
     * Takes over the comm requests of the connection (replacing jjava's handlers), and follows its execute
     * requests so that what a cell sends names that cell as parent.
     *
     * @param log the kernel's log: one line per piece of bad comm traffic
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Comms install(JupyterConnection connection, Consumer<String> log) {
        Comms comms = new Comms(connection.getIOPub(), log);
        connection.setHandler(MessageType.COMM_OPEN_COMMAND, comms::handleOpen);
        connection.setHandler(MessageType.COMM_MSG_COMMAND, comms::handleMessage);
        connection.setHandler(MessageType.COMM_CLOSE_COMMAND, comms::handleClose);
        connection.setHandler(MessageType.COMM_INFO_REQUEST, comms::handleInfo);
        ShellHandler execute = connection.getHandler(MessageType.EXECUTE_REQUEST);
        connection.setHandler(MessageType.EXECUTE_REQUEST, (env, request) -> {
            comms.parent = request;
            execute.handle(env, request);
        });
        return comms;
    }

    /** Registers what happens when the front end opens a comm on {@code target}. */
    public void registerTarget(String target, CommTarget handler) {
        targets.put(target, handler);
    }

    /** Opens a comm from the kernel: a {@code comm_open} with this data, metadata and buffers goes out. */
    public Comm open(
            String target,
            JsonObject data,
            Map<String, Object> metadata,
            List<byte[]> buffers,
            Comm.Listener listener) {
        Comm comm = new Comm(this, UUID.randomUUID().toString().replace("-", ""), target);
        comm.listen(listener);
        open.put(comm.id(), comm);
        publish(MessageType.COMM_OPEN_COMMAND, new CommOpenCommand(comm.id(), target, data), buffers, metadata);
        return comm;
    }

    /** The open comms, in no particular order. */
    public List<Comm> openComms() {
        return new ArrayList<>(open.values());
    }

    void sendMessage(Comm comm, JsonObject data, Map<String, Object> metadata, List<byte[]> buffers) {
        publish(MessageType.COMM_MSG_COMMAND, new CommMsgCommand(comm.id(), data), buffers, metadata);
    }

    void closeFromKernel(Comm comm) {
        open.remove(comm.id());
        publish(MessageType.COMM_CLOSE_COMMAND, new CommCloseCommand(comm.id(), new JsonObject()), null, null);
    }

    /**
     * Sends what the kernel starts on IOPub under the request being handled. Buffers go as jjava sends them: null
     * for none, because jjava sends the content frame of a message with a (possibly empty) buffer list as "more to
     * come", which glues the next message onto this one.
     */
    private <T> void publish(MessageType<T> type, T content, List<byte[]> buffers, Map<String, Object> metadata) {
        iopub.sendMessage(
                new Message<>(parent, type, content, buffers == null || buffers.isEmpty() ? null : buffers, metadata));
    }

    private void handleOpen(ReplyEnvironment env, Message<CommOpenCommand> request) {
        env.setBusyDeferIdle();
        parent = request;
        CommOpenCommand content = request.getContent();
        String id = content.getCommID();
        CommTarget target = content.getTargetName() == null ? null : targets.get(content.getTargetName());
        if (id == null || target == null) {
            log.accept("comm_open for " + (target == null ? "unknown target " + content.getTargetName() : "no comm id")
                    + "; answered with comm_close");
            if (id != null) {
                env.publish(new CommCloseCommand(id, new JsonObject()));
            }
            return;
        }
        Comm comm = new Comm(this, id, content.getTargetName());
        open.put(id, comm);
        Comm.Listener listener;
        try {
            listener = target.opened(comm, data(content.getData()), blobs(request));
        } catch (RuntimeException e) {
            log.accept("comm_open on target " + content.getTargetName() + " failed: " + e);
            listener = null;
        }
        if (listener == null) {
            open.remove(id);
            comm.closedByFrontEnd();
            env.publish(new CommCloseCommand(id, new JsonObject()));
            return;
        }
        comm.listen(listener);
    }

    private void handleMessage(ReplyEnvironment env, Message<CommMsgCommand> request) {
        CommMsgCommand content = request.getContent();
        deliver(
                env,
                request,
                "comm_msg",
                content.getCommID(),
                false,
                comm -> comm.listener().onMessage(comm, data(content.getData()), blobs(request)));
    }

    private void handleClose(ReplyEnvironment env, Message<CommCloseCommand> request) {
        CommCloseCommand content = request.getContent();
        deliver(env, request, "comm_close", content.getCommID(), true, comm -> {
            comm.closedByFrontEnd();
            comm.listener().onClose(comm, data(content.getData()));
        });
    }

    /**
     * Hands the front end's {@code type} message for comm {@code id} to that comm ({@code closing}: which is then no
     * longer open); a message for an unknown comm, and a listener that throws, are logged.
     */
    private void deliver(
            ReplyEnvironment env, Message<?> request, String type, String id, boolean closing, Consumer<Comm> action) {
        env.setBusyDeferIdle();
        parent = request;
        Comm comm = id == null ? null : closing ? open.remove(id) : open.get(id);
        if (comm == null) {
            log.accept(type + " for unknown comm " + id + "; dropped");
            return;
        }
        try {
            action.accept(comm);
        } catch (RuntimeException e) {
            log.accept(type + " on comm " + id + " (" + comm.target() + ") failed: " + e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void handleInfo(ReplyEnvironment env, Message<CommInfoRequest> request) {
        env.setBusyDeferIdle();
        String wanted = request.getContent().getTargetName();
        Map<String, Object> comms = new LinkedHashMap<>();
        for (Comm comm : open.values()) {
            if (wanted == null || wanted.isEmpty() || wanted.equals(comm.target())) {
                comms.put(comm.id(), Map.of("target_name", comm.target()));
            }
        }
        if (wanted != null) {
            askedAbout.add(wanted);
        }
        env.reply(new Message(request, MessageType.COMM_INFO_REPLY, Map.of("status", "ok", "comms", comms)));
    }

    /** Whether a front end has asked which comms are open on {@code target} (widget front ends ask for theirs). */
    public boolean askedAbout(String target) {
        return askedAbout.contains(target);
    }

    private static JsonObject data(JsonObject data) {
        return data == null ? new JsonObject() : data;
    }

    private static List<byte[]> blobs(Message<?> request) {
        return request.getBlobs() == null ? List.of() : request.getBlobs();
    }
}
