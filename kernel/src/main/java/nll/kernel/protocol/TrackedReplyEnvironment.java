package nll.kernel.protocol;

import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.channels.StdinChannel;
import org.dflib.jjava.jupyter.channels.JupyterSocket;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageContext;
import org.dflib.jjava.jupyter.messages.reply.ErrorReply;

/** jjava-jupyter's reply environment, running a given action just before it sends an error reply (stop_on_error). */
final class TrackedReplyEnvironment extends ShellReplyEnvironment {

    private final Runnable beforeErrorReply;

    TrackedReplyEnvironment(ShellChannel shell, StdinChannel stdin, JupyterSocket iopub, MessageContext context,
            Runnable beforeErrorReply) {
        super(shell, stdin, iopub, context);
        this.beforeErrorReply = beforeErrorReply;
    }

    @Override
    public void reply(Message<?> message) {
        if (message.getContent() instanceof ErrorReply) {
            beforeErrorReply.run();
        }
        super.reply(message);
    }
}
