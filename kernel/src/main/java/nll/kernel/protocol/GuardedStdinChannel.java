package nll.kernel.protocol;

import java.util.function.Consumer;
import org.dflib.jjava.jupyter.channels.StdinChannel;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageContext;
import org.dflib.jjava.jupyter.messages.reply.InputReply;
import org.dflib.jjava.jupyter.messages.request.InputRequest;
import org.zeromq.ZMQ;

/**
 * The stdin channel: a cell reading {@code System.in} sends an input request and waits for the input reply. A bad
 * message (see {@link WireFormat}) or a message of another type is dropped with a line in the log, and the wait goes
 * on; jjava's reader threw on it, and the cell failed with it.
 */
final class GuardedStdinChannel extends StdinChannel {

    private static final long POLL_MILLIS = 100;

    private final ZMQ.Context context;
    private final WireFormat wire;
    private final Consumer<String> log;
    private volatile CellStreams streams;

    GuardedStdinChannel(ZMQ.Context context, HMACGenerator signer, Consumer<String> log) {
        super(context, signer);
        this.context = context;
        this.wire = new WireFormat(signer);
        this.log = log;
    }

    /** The cells' printed text, sent before each input request so that a printed prompt shows above the input box. */
    void setStreams(CellStreams streams) {
        this.streams = streams;
    }

    @Override
    public synchronized String getInput(MessageContext context, String prompt, boolean isPasswordRequest) {
        CellStreams printed = streams;
        if (printed != null) {
            printed.flush();
        }
        sendMessage(new Message<>(context, InputRequest.MESSAGE_TYPE, new InputRequest(prompt, isPasswordRequest)));
        ZMQ.Poller poller = this.context.poller(1);
        poller.register(this, ZMQ.Poller.POLLIN);
        try {
            while (true) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new IllegalStateException("interrupted while waiting for input");
                }
                if (poller.poll(POLL_MILLIS) <= 0) {
                    continue;
                }
                WireFormat.Result result = wire.decode(WireFormat.receiveFrames(this));
                if (result instanceof WireFormat.Rejected rejected) {
                    log.accept("dropped a message on the stdin channel: " + rejected.reason());
                    continue;
                }
                Message<?> reply = ((WireFormat.Decoded) result).message();
                if (!InputReply.MESSAGE_TYPE.equals(reply.getHeader().getType())) {
                    log.accept("dropped a " + reply.getHeader().getType().getName() + " on the stdin channel, "
                            + "where an input_reply was expected");
                    continue;
                }
                return ((InputReply) reply.getContent()).getValue() + System.lineSeparator();
            }
        } finally {
            poller.close();
        }
    }
}
