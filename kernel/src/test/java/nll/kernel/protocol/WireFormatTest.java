package nll.kernel.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.request.ExecuteRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WireFormatTest {

    private static final String KEY = "a-secret-key";
    private static final HMACGenerator SIGNER = signer();
    private static final String HEADER = "{\"msg_id\":\"1\",\"username\":\"u\",\"session\":\"s\","
            + "\"date\":\"2026-01-01T00:00:00.000000Z\",\"msg_type\":\"execute_request\",\"version\":\"5.3\"}";
    private static final String CONTENT = "{\"code\":\"1 + 1\",\"silent\":false,\"store_history\":true,"
            + "\"user_expressions\":{},\"allow_stdin\":false,\"stop_on_error\":true}";

    private static HMACGenerator signer() {
        try {
            return new HMACGenerator("hmac-sha256", KEY);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<byte[]> frames(String header, String content, boolean signed) {
        List<byte[]> frames = new ArrayList<>();
        frames.add("client".getBytes(StandardCharsets.US_ASCII));
        frames.add("<IDS|MSG>".getBytes(StandardCharsets.US_ASCII));
        byte[][] parts = {bytes(header), bytes("{}"), bytes("{}"), bytes(content)};
        frames.add(signed ? bytes(SIGNER.calculateSignature(parts)) : new byte[0]);
        frames.addAll(List.of(parts));
        return frames;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aWellFormedSignedMessageDecodes() {
        WireFormat.Result result = new WireFormat(SIGNER).decode(frames(HEADER, CONTENT, true));
        WireFormat.Decoded decoded = assertInstanceOf(WireFormat.Decoded.class, result);
        assertEquals(MessageType.EXECUTE_REQUEST, decoded.message().getHeader().getType());
        assertEquals("1 + 1", ((ExecuteRequest) decoded.message().getContent()).getCode());
        assertEquals(1, decoded.message().getIdentities().size());
    }

    static Stream<Arguments> badMessages() {
        List<byte[]> wrong = frames(HEADER, CONTENT, true);
        wrong.set(2, bytes("0".repeat(64)));
        List<byte[]> tampered = frames(HEADER, CONTENT, true);
        tampered.set(6, bytes(CONTENT.replace("1 + 1", "System.exit(1)")));
        List<byte[]> noDelimiter = frames(HEADER, CONTENT, true);
        noDelimiter.remove(1);
        return Stream.of(
                Arguments.of("wrong signature", wrong, "wrong signature"),
                Arguments.of("content changed after signing", tampered, "wrong signature"),
                Arguments.of("unsigned", frames(HEADER, CONTENT, false), "unsigned"),
                Arguments.of("no delimiter", noDelimiter, "no <IDS|MSG> delimiter"),
                Arguments.of("too few frames", frames(HEADER, CONTENT, true).subList(0, 4), "at least 5 expected"),
                Arguments.of("invalid JSON", frames("{not json", CONTENT, true), "invalid JSON"),
                Arguments.of("content not an object", frames(HEADER, "[1]", true), "not a JSON object"),
                Arguments.of(
                        "unknown type",
                        frames(HEADER.replace("execute_request", "no_such_request"), CONTENT, true),
                        "known msg_type"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badMessages")
    void aBadMessageIsRejectedWithItsReasonAndNeverTheKey(String name, List<byte[]> frames, String reason) {
        WireFormat.Result result = new WireFormat(SIGNER).decode(frames);
        WireFormat.Rejected rejected = assertInstanceOf(WireFormat.Rejected.class, result, name);
        assertTrue(rejected.reason().contains(reason), rejected.reason());
        assertFalse(rejected.reason().contains(KEY), rejected.reason());
    }
}
