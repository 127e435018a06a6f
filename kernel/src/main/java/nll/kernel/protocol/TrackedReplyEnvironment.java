package nll.kernel.protocol;

import java.util.Set;
import org.dflib.jjava.jupyter.channels.JupyterSocket;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.channels.StdinChannel;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageContext;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteInput;
import org.dflib.jjava.jupyter.messages.publish.PublishExecuteResult;
import org.dflib.jjava.jupyter.messages.reply.ErrorReply;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;

/**
 * jjava-jupyter's reply environment, running a given action just before it sends an error reply (stop_on_error),
 * and holding back what the protocol says a {@code silent} execute request does not publish: its
 * {@code execute_input} and its {@code execute_result}.
 */
final class TrackedReplyEnvironment extends ShellReplyEnvironment {

    private static final Set<MessageType<?>> NOT_PUBLISHED_WHEN_SILENT =
            Set.of(PublishExecuteInput.MESSAGE_TYPE, PublishExecuteResult.MESSAGE_TYPE);

    private final Runnable beforeErrorReply;
    private final boolean silent;

    TrackedReplyEnvironment(
            ShellChannel shell,
            StdinChannel stdin,
            JupyterSocket iopub,
            MessageContext context,
            Runnable beforeErrorReply) {
        super(shell, stdin, iopub, context);
        this.beforeErrorReply = beforeErrorReply;
        this.silent = context instanceof Message<?> request
                && request.getContent() instanceof ExecuteRequest execute
                && execute.isSilent();
    }

    @Override
    public void publish(Message<?> message) {
        if (silent && NOT_PUBLISHED_WHEN_SILENT.contains(message.getHeader().getType())) {
            return;
        }
        super.publish(message);
    }

    @Override
    public void reply(Message<?> message) {
        if (message.getContent() instanceof ErrorReply) {
            beforeErrorReply.run();
        }
        super.reply(message);
    }
}
