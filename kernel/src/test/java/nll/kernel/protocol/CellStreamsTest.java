package nll.kernel.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageContext;
import org.dflib.jjava.jupyter.messages.MessageType;
import org.dflib.jjava.jupyter.messages.publish.PublishStream.StreamType;
import org.dflib.jjava.jupyter.messages.request.KernelInfoRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CellStreamsTest {

    private record Sent(MessageContext parent, StreamType type, String text) {}

    private final List<Sent> sent = new ArrayList<>();
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    private CellStreams streams(long limit) {
        return new CellStreams(
                (parent, type, text) -> sent.add(new Sent(parent, type, text)),
                new PrintStream(log, true, StandardCharsets.UTF_8),
                limit);
    }

    private static MessageContext request() {
        return new Message<>(null, MessageType.KERNEL_INFO_REQUEST, new KernelInfoRequest());
    }

    private String text(StreamType type) {
        StringBuilder all = new StringBuilder();
        sent.stream().filter(s -> s.type == type).forEach(s -> all.append(s.text));
        return all.toString();
    }

    @Test
    void manyLinesBecomeFewMessagesWithNothingLostOrReordered() {
        CellStreams streams = streams(CellStreams.LIMIT_BYTES);
        streams.cellStarted(request());
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            streams.out().println("line " + i);
            expected.append("line ").append(i).append('\n');
        }
        streams.flush();
        assertEquals(expected.toString(), text(StreamType.OUT));
        // 1.2 MB in 64 KiB messages: 19 of them, not 100 000.
        int bytes = expected.length();
        assertEquals((bytes + CellStreams.FLUSH_BYTES - 1) / CellStreams.FLUSH_BYTES, sent.size());
    }

    @Test
    void stdoutAndStderrKeepTheirOrder() {
        CellStreams streams = streams(CellStreams.LIMIT_BYTES);
        streams.cellStarted(request());
        streams.out().print("a");
        streams.err().print("b");
        streams.out().print("c");
        streams.flush();
        assertEquals(
                List.of(StreamType.OUT, StreamType.ERR, StreamType.OUT),
                sent.stream().map(Sent::type).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"é", "€", "😀"})
    void aCharacterCutByTheBufferEndIsNotSplitBetweenMessages(String character) {
        CellStreams streams = streams(CellStreams.LIMIT_BYTES);
        streams.cellStarted(request());
        String text = "x".repeat(CellStreams.FLUSH_BYTES - 1) + character + "y";
        streams.out().print(text);
        streams.flush();
        assertEquals(2, sent.size());
        assertEquals(text, text(StreamType.OUT));
        assertTrue(sent.get(1).text.startsWith(character), sent.get(1).text.substring(0, 2));
    }

    @Test
    void outputPastTheLimitIsDroppedAfterOneNotice() {
        CellStreams streams = streams(1000);
        MessageContext cell = request();
        streams.cellStarted(cell);
        for (int i = 0; i < 300; i++) {
            streams.out().print("0123456789");
        }
        streams.flush();
        assertEquals("0123456789".repeat(100), text(StreamType.OUT));
        assertEquals(CellStreams.TRUNCATION_NOTICE, text(StreamType.ERR));

        MessageContext next = request();
        streams.cellFinished(cell);
        streams.cellStarted(next);
        streams.out().print("next cell");
        streams.flush();
        assertEquals(next, sent.get(sent.size() - 1).parent, "the limit is per cell");
    }

    @Test
    void textPrintedAfterACellGoesToTheCellThatStartedTheThread() throws InterruptedException {
        CellStreams streams = streams(CellStreams.LIMIT_BYTES);
        MessageContext first = request();
        streams.cellStarted(first);
        Thread background = new Thread(() -> streams.out().print("late"));
        streams.cellFinished(first);
        MessageContext second = request();
        // A thread started by the first cell, printing while no cell runs, after a second cell has run.
        streams.cellStarted(second);
        streams.cellFinished(second);
        background.start();
        background.join(10_000);
        assertFalse(background.isAlive(), "the printing thread did not end within 10 s");
        streams.flush();
        assertEquals(first, sent.get(0).parent);
    }

    @Test
    void beforeTheFirstCellTextGoesToTheLog() {
        CellStreams streams = streams(CellStreams.LIMIT_BYTES);
        streams.out().print("starting");
        streams.flush();
        assertEquals(0, sent.size());
        assertEquals("starting", log.toString(StandardCharsets.UTF_8));
    }
}
