package nll.kernel.protocol;

import java.util.LinkedHashMap;
import java.util.Map;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageType;

/**
 * Replies in the shape the protocol's schema requires where jjava-jupyter's own reply classes leave out the
 * {@code status} field ({@code kernel_info_reply}, {@code shutdown_reply}, {@code interrupt_reply},
 * {@code history_reply}).
 */
public final class Replies {

    /** The protocol version the kernel implements, as its kernel_info_reply and banner state it. */
    public static final String PROTOCOL_VERSION = "5.3";

    private Replies() {}

    /** A successful reply of {@code type} to {@code request}: {@code "status": "ok"}, then {@code fields}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Message<?> ok(Message<?> request, MessageType<?> type, Map<String, ?> fields) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("status", "ok");
        content.putAll(fields);
        return new Message(request, type, content);
    }

    /** A reply of {@code type} to {@code request} whose content is given whole. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Message<?> of(Message<?> request, MessageType<?> type, Object content) {
        return new Message(request, type, content);
    }
}
