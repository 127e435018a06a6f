package nll.kernel.protocol;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.reflect.TypeToken;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dflib.jjava.jupyter.kernel.ExpressionValue;
import org.dflib.jjava.jupyter.kernel.history.HistoryEntry;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Header;
import org.dflib.jjava.jupyter.messages.KernelTimestamp;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.ReplyType;
import org.dflib.jjava.jupyter.messages.adapters.ExpressionValueAdapter;
import org.dflib.jjava.jupyter.messages.adapters.HeaderAdapter;
import org.dflib.jjava.jupyter.messages.adapters.HistoryEntryAdapter;
import org.dflib.jjava.jupyter.messages.adapters.HistoryRequestAdapter;
import org.dflib.jjava.jupyter.messages.adapters.KernelTimestampAdapter;
import org.dflib.jjava.jupyter.messages.adapters.MessageTypeAdapter;
import org.dflib.jjava.jupyter.messages.adapters.PublishStatusAdapter;
import org.dflib.jjava.jupyter.messages.adapters.ReplyTypeAdapter;
import org.dflib.jjava.jupyter.messages.publish.PublishStatus;
import org.dflib.jjava.jupyter.messages.request.HistoryRequest;

/**
 * Decodes the frames of one ZeroMQ message into a Jupyter message, or says why it cannot.
 * <p>
 * A Jupyter message is {@code [identities..., "<IDS|MSG>", signature, header, parent_header, metadata, content,
 * buffers...]}; the signature is the hex HMAC of the four JSON frames under the connection file's key. Unlike
 * jjava-jupyter's own reader, which throws on a bad message and so ends the channel's thread, a frame list that
 * does not have this shape, a signature that does not match and JSON that does not parse are reported as a
 * {@link Rejected} value, so the channel can log one line and read on. The signature is checked before any JSON
 * is parsed, so a badly signed message is never interpreted, let alone executed.
 */
final class WireFormat {

    private static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);

    /** The frames of the next message on {@code socket}: the first, and every one ZeroMQ says follows it. */
    static List<byte[]> receiveFrames(org.zeromq.ZMQ.Socket socket) {
        List<byte[]> frames = new ArrayList<>();
        frames.add(socket.recv());
        while (socket.hasReceiveMore()) {
            frames.add(socket.recv());
        }
        return frames;
    }

    // The same adapters jjava-jupyter's sockets parse with, so decoded messages are the ones its handlers expect.
    private static final Gson REPLY_GSON = new GsonBuilder()
            .registerTypeAdapter(HistoryEntry.class, HistoryEntryAdapter.INSTANCE)
            .registerTypeAdapter(ExpressionValue.class, ExpressionValueAdapter.INSTANCE)
            .create();
    private static final Gson GSON = new GsonBuilder()
            .registerTypeAdapter(KernelTimestamp.class, KernelTimestampAdapter.INSTANCE)
            .registerTypeAdapter(Header.class, HeaderAdapter.INSTANCE)
            .registerTypeAdapter(MessageType.class, MessageTypeAdapter.INSTANCE)
            .registerTypeAdapter(PublishStatus.class, PublishStatusAdapter.INSTANCE)
            .registerTypeAdapter(HistoryRequest.class, HistoryRequestAdapter.INSTANCE)
            .registerTypeHierarchyAdapter(ReplyType.class, new ReplyTypeAdapter(REPLY_GSON))
            .create();
    private static final java.lang.reflect.Type METADATA_TYPE = new TypeToken<Map<String, Object>>() {}.getType();

    private final HMACGenerator signer;

    WireFormat(HMACGenerator signer) {
        this.signer = signer;
    }

    /** The outcome of decoding: a {@link Decoded} message or a {@link Rejected} one. */
    sealed interface Result permits Decoded, Rejected {}

    /** A well-formed, correctly signed message, with its content as JSON for fields the library does not keep. */
    record Decoded(Message<?> message, JsonObject content) implements Result {}

    /** A message that was dropped, and why (never quoting the key or the signature). */
    record Rejected(String reason) implements Result {}

    Result decode(List<byte[]> frames) {
        int delimiter = -1;
        for (int i = 0; i < frames.size(); i++) {
            if (Arrays.equals(DELIMITER, frames.get(i))) {
                delimiter = i;
                break;
            }
        }
        if (delimiter < 0) {
            return new Rejected("malformed: " + frames.size() + " frames and no <IDS|MSG> delimiter");
        }
        int after = frames.size() - delimiter - 1;
        if (after < 5) {
            return new Rejected("malformed: " + after + " frames after <IDS|MSG>, at least 5 expected "
                    + "(signature, header, parent_header, metadata, content)");
        }
        byte[] signature = frames.get(delimiter + 1);
        byte[] header = frames.get(delimiter + 2);
        byte[] parentHeader = frames.get(delimiter + 3);
        byte[] metadata = frames.get(delimiter + 4);
        byte[] content = frames.get(delimiter + 5);

        String expected = signer.calculateSignature(header, parentHeader, metadata, content);
        if (!expected.isEmpty()) {
            if (signature.length == 0) {
                return new Rejected("unsigned (the connection has a key)");
            }
            if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), signature)) {
                return new Rejected("wrong signature");
            }
        }

        try {
            Header<?> parsedHeader = GSON.fromJson(utf8(header), Header.class);
            if (parsedHeader == null
                    || parsedHeader.getType() == null
                    || MessageType.UNKNOWN.equals(parsedHeader.getType())) {
                return new Rejected("header without a known msg_type");
            }
            JsonElement parentJson = JsonParser.parseString(utf8(parentHeader));
            Header<?> parsedParent =
                    parentJson.isJsonObject() && !parentJson.getAsJsonObject().isEmpty()
                            ? GSON.fromJson(parentJson, Header.class)
                            : null;
            Map<String, Object> parsedMetadata = GSON.fromJson(utf8(metadata), METADATA_TYPE);
            JsonElement contentJson = JsonParser.parseString(utf8(content));
            if (!contentJson.isJsonObject()) {
                return new Rejected(parsedHeader.getType().getName() + " whose content is not a JSON object");
            }
            Object parsedContent =
                    GSON.fromJson(contentJson, parsedHeader.getType().getContentType());
            List<byte[]> identities = new ArrayList<>(frames.subList(0, delimiter));
            List<byte[]> buffers = new ArrayList<>(frames.subList(delimiter + 6, frames.size()));
            @SuppressWarnings({"unchecked", "rawtypes"})
            Message<?> message =
                    new Message(identities, parsedHeader, parsedParent, parsedMetadata, parsedContent, buffers);
            return new Decoded(message, contentJson.getAsJsonObject());
        } catch (JsonParseException | IllegalStateException | ClassCastException | NullPointerException e) {
            // Gson reports bad JSON, and JSON of the wrong shape, with these.
            return new Rejected("invalid JSON (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static String utf8(byte[] frame) {
        return new String(frame, StandardCharsets.UTF_8);
    }
}
