package nll.kernel.protocol;

import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.channels.StdinChannel;
import org.dflib.jjava.jupyter.channels.JupyterSocket;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageContext;
import org.dflib.jjava.jupyter.messages.reply.ErrorReply;

/**
 * jjava-jupyter's reply environment, remembering whether the reply it sent was an error (for stop_on_error), and
 * running a given action just before it sends an error reply.
 */
final class TrackedReplyEnvironment extends ShellReplyEnvironment {

    private final Runnable beforeErrorReply;
    private boolean repliedWithError;

    TrackedReplyEnvironment(ShellChannel shell, StdinChannel stdin, JupyterSocket iopub, MessageContext context,
            Runnable beforeErrorReply) {
        super(shell, stdin, iopub, context);
        this.beforeErrorReply = beforeErrorReply;
    }

    @Override
    public void reply(Message<?> message) {
        if (message.getContent() instanceof ErrorReply) {
            repliedWithError = true;
            beforeErrorReply.run();
        }
        super.reply(message);
    }

    boolean repliedWithError() {
        return repliedWithError;
    }
}
