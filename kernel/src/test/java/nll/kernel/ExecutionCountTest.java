package nll.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageContext;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.reply.ExecuteReply;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The execution count the kernel's execute handler gives each request, with its own kernel and counter. */
class ExecutionCountTest {

    /** A reply environment without sockets: it keeps what the handler publishes and replies, in order. */
    private static final class RecordingEnvironment extends ShellReplyEnvironment {
        final List<Message<?>> published = new ArrayList<>();
        final List<Message<?>> replies = new ArrayList<>();

        RecordingEnvironment(MessageContext request) {
            super(null, null, null, request);
        }

        @Override
        public ShellReplyEnvironment defer() {
            return this; // sent at once, so nothing waits behind a deferral
        }

        @Override
        public void publish(Message<?> message) {
            published.add(message);
        }

        @Override
        public void reply(Message<?> message) {
            replies.add(message);
        }
    }

    /** Handles an execute request of {@code code} as Jupyter sends it, and returns the reply's execution count. */
    private static int execute(JavaKernel kernel, String code, boolean silent, boolean storeHistory) {
        Message<ExecuteRequest> request = new Message<>(
                null,
                MessageType.EXECUTE_REQUEST,
                new ExecuteRequest(code, silent, storeHistory, Map.of(), false, true));
        RecordingEnvironment env = new RecordingEnvironment(request);
        kernel.handleExecuteRequest(env, request);
        env.resolveDeferrals();
        assertEquals(1, env.replies.size(), env.replies.toString());
        // jjava's reply to a cell, or the kernel's own (a map) to a help request such as "Math.abs?".
        Object content = env.replies.get(0).getContent();
        return content instanceof ExecuteReply reply
                ? reply.getExecutionCount()
                : (Integer) ((Map<?, ?>) content).get("execution_count");
    }

    @Test
    void onlyARequestThatStoresHistoryTakesAnExecutionCount(@TempDir Path notebookDir) {
        JavaKernel kernel = JavaKernel.create(notebookDir);
        kernel.onStartup();
        try {
            assertEquals(1, execute(kernel, "int counted = 1;", false, true));
            // The messaging spec: the counter counts the requests made with store_history=True (which silent
            // forces off); the reply to any other carries the count of the last one that did.
            assertEquals(1, execute(kernel, "counted + 1", true, true));
            assertEquals(1, execute(kernel, "counted + 2", false, false));
            assertEquals(1, execute(kernel, "Math.abs?", true, true));
            assertEquals(2, execute(kernel, "counted + 3", false, true));
            assertEquals(3, execute(kernel, "Math.abs?", false, true));
        } finally {
            kernel.onShutdown(false);
        }
    }
}
