package nll.kernel.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dflib.jjava.jupyter.channels.JupyterSocket;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteInput;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteResult;
import org.dflib.jjava.jupyter.messages.publish.PublishStream;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.zeromq.SocketType;
import org.zeromq.ZMQ;

/** What an execute request publishes through its reply environment, silent or not. */
class TrackedReplyEnvironmentTest {

    private static final ZMQ.Context CONTEXT = ZMQ.context(1);

    /** An IOPub socket, never bound, that keeps the types of the messages sent on it. */
    private static final class RecordingSocket extends JupyterSocket {
        final List<String> sent = new ArrayList<>();

        RecordingSocket() {
            super(CONTEXT, SocketType.PUB, null, null);
        }

        @Override
        public void bind(KernelConnectionProperties properties) {}

        @Override
        public synchronized void sendMessage(Message<?> message) {
            sent.add(message.getHeader().getType().getName());
        }
    }

    @AfterAll
    static void closeContext() {
        CONTEXT.term();
    }

    /** The types published while handling {@code execute_request} with this {@code silent} flag. */
    private static List<String> publishedWhenSilentIs(boolean silent) {
        RecordingSocket iopub = new RecordingSocket();
        Message<ExecuteRequest> request = new Message<>(
                null, MessageType.EXECUTE_REQUEST, new ExecuteRequest("1 + 1", silent, !silent, Map.of(), false, true));
        TrackedReplyEnvironment env = new TrackedReplyEnvironment(null, null, iopub, request, () -> {});
        env.publish(new PublishExecuteInput("1 + 1", 1));
        env.publish(new PublishStream(PublishStream.StreamType.OUT, "printed\n"));
        env.publish(new PublishExecuteResult(1, new DisplayData("2")));
        iopub.close();
        return iopub.sent;
    }

    @Test
    void aRequestPublishesItsInputItsOutputAndItsResult() {
        assertEquals(List.of("execute_input", "stream", "execute_result"), publishedWhenSilentIs(false));
    }

    @Test
    void aSilentRequestPublishesNeitherItsInputNorItsResult() {
        // The messaging spec's execute_request: silent "will not ... have an execute_result", and forces
        // store_history off; what the code prints still goes out, as ipykernel sends it.
        assertEquals(List.of("stream"), publishedWhenSilentIs(true));
    }
}
