package nll.kernel.protocol;

import org.dflib.jjava.jupyter.channels.IOPubChannel;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageContext;
import org.dflib.jjava.jupyter.messages.publish.PublishStream;
import org.dflib.jjava.jupyter.messages.publish.PublishStream.StreamType;
import org.zeromq.ZMQ;

/**
 * The IOPub channel, with the cells' printed text ({@link CellStreams}) sent ahead of every other message, so that
 * a result, a display, an error or the idle status never overtakes text printed before it.
 */
final class OrderedIOPubChannel extends IOPubChannel {

    private volatile CellStreams streams;

    OrderedIOPubChannel(ZMQ.Context context, HMACGenerator signer) {
        super(context, signer);
    }

    void setStreams(CellStreams streams) {
        this.streams = streams;
    }

    // Not synchronized: the flush holds CellStreams' lock while it sends through the synchronized super method, so
    // holding the socket's lock here too would take the two locks in both orders. The send itself stays synchronized.
    @SuppressWarnings("UnsynchronizedOverridesSynchronized")
    @Override
    public void sendMessage(Message<?> message) {
        CellStreams pending = streams;
        if (pending != null
                && !PublishStream.MESSAGE_TYPE.equals(message.getHeader().getType())) {
            pending.flush();
        }
        super.sendMessage(message);
    }

    /** Sends stream text as it is, without the flush above (the text comes from that flush). */
    void sendStream(MessageContext parent, StreamType type, String text) {
        super.sendMessage(new Message<>(parent, PublishStream.MESSAGE_TYPE, new PublishStream(type, text)));
    }

    /** Closes the socket while no thread is sending on it. */
    synchronized void closeQuietly() {
        close();
    }
}
