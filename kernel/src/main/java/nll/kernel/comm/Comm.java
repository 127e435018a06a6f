package nll.kernel.comm;

import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * One open comm: a channel between an object in the kernel and its counterpart in the front end, named by an id
 * and opened on a target. Sending on a closed comm does nothing.
 */
public final class Comm {

    /** What the kernel side of a comm does with the front end's messages. */
    public interface Listener {

        /** A {@code comm_msg} from the front end: its data, its binary buffers, and the request it came in. */
        void onMessage(Comm comm, JsonObject data, List<byte[]> buffers);

        /** The front end closed the comm. */
        default void onClose(Comm comm, JsonObject data) {}
    }

    private final Comms comms;
    private final String id;
    private final String target;
    private volatile Listener listener;
    private volatile boolean closed;

    Comm(Comms comms, String id, String target) {
        this.comms = comms;
        this.id = id;
        this.target = target;
    }

    public String id() {
        return id;
    }

    public String target() {
        return target;
    }

    public boolean isClosed() {
        return closed;
    }

    void listen(Listener listener) {
        this.listener = listener;
    }

    Listener listener() {
        return listener;
    }

    /** Sends a {@code comm_msg} to the front end. */
    public void send(JsonObject data, Map<String, Object> metadata, List<byte[]> buffers) {
        if (!closed) {
            comms.sendMessage(this, data, metadata, buffers);
        }
    }

    /** Closes the comm from the kernel's side: a {@code comm_close} goes to the front end. */
    public void close() {
        if (!closed) {
            closed = true;
            comms.closeFromKernel(this);
        }
    }

    void closedByFrontEnd() {
        closed = true;
    }
}
