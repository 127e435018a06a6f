package nll.kernel.protocol;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dflib.jjava.jupyter.messages.MessageContext;
import org.dflib.jjava.jupyter.messages.publish.PublishStream.StreamType;

/**
 * {@code System.out} and {@code System.err} of the kernel for its whole life: what any thread prints is sent to the
 * notebook as stream messages, in the order it was printed.
 * <p>
 * <b>Which cell.</b> Text printed while a cell runs belongs to that cell, whichever thread prints it. Text printed
 * between cells belongs to the cell that started the printing thread (its execute request is inherited by the
 * threads a cell starts), else to the last cell that ran; Jupyter shows it under that cell.
 * <p>
 * <b>Coalescing.</b> Text is sent at most every {@value #FLUSH_MILLIS} ms, or as soon as {@value #FLUSH_BYTES}
 * bytes are waiting, and always before any other message of the kernel (see {@link #flush()}); a flood of short
 * lines becomes a few large messages, and the writer waits while a full buffer is sent, so memory stays bounded.
 * <p>
 * <b>Limit.</b> A cell's output stops at {@value #LIMIT_BYTES} bytes (32 MiB, UTF-8) with one notice on stderr;
 * the rest of that cell's output is dropped, so that a runaway loop cannot drown the browser.
 */
public final class CellStreams {

    static final int FLUSH_BYTES = 64 * 1024;
    static final long FLUSH_MILLIS = 25;
    static final long LIMIT_BYTES = 32L * 1024 * 1024;
    static final String TRUNCATION_NOTICE = "\n[output truncated: this cell printed more than 32 MiB, "
            + "the kernel's limit per cell; the rest of its output is not shown]\n";

    /** Where stream text goes: one stream message of the given type under the given request. */
    @FunctionalInterface
    interface Sink {
        void publish(MessageContext parent, StreamType type, String text);
    }

    // Per instance, not static: each kernel connection has one CellStreams, living as long as the connection.
    @SuppressWarnings("ThreadLocalUsage")
    private final InheritableThreadLocal<MessageContext> startedBy = new InheritableThreadLocal<>();

    private static final int REMEMBERED_CELLS = 64;

    private final Sink sink;
    private final PrintStream log;
    private final long limitBytes;
    private final Object lock = new Object();
    private final byte[] buffer = new byte[FLUSH_BYTES];
    private int buffered;
    private MessageContext bufferedParent;
    private StreamType bufferedType;
    private volatile MessageContext running;
    private volatile MessageContext last;
    private final Map<MessageContext, Long> printedBytes = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<MessageContext, Long> eldest) {
            return size() > REMEMBERED_CELLS;
        }
    };
    private final PrintStream out;
    private final PrintStream err;

    CellStreams(Sink sink, PrintStream log, long limitBytes) {
        this.sink = sink;
        this.log = log;
        this.limitBytes = limitBytes;
        this.out = new PrintStream(new Stream(StreamType.OUT), true, StandardCharsets.UTF_8);
        this.err = new PrintStream(new Stream(StreamType.ERR), true, StandardCharsets.UTF_8);
    }

    /** Starts the thread that sends waiting text every {@value #FLUSH_MILLIS} ms. */
    void startFlushing() {
        Thread flusher = new Thread(
                () -> {
                    while (true) {
                        try {
                            Thread.sleep(FLUSH_MILLIS);
                        } catch (InterruptedException e) {
                            return;
                        }
                        flush();
                    }
                },
                "output-flush");
        flusher.setDaemon(true);
        flusher.start();
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    /** Called on the shell thread as an execute request starts; threads started from now on inherit it. */
    void cellStarted(MessageContext request) {
        startedBy.set(request);
        running = request;
        last = request;
    }

    /** Called once the request's reply and idle status are sent. */
    void cellFinished(MessageContext request) {
        if (running == request) {
            running = null;
        }
    }

    /** Sends the text that is waiting. Called before every other message the kernel publishes, to keep order. */
    void flush() {
        synchronized (lock) {
            flushBuffer(true);
        }
    }

    private MessageContext target() {
        MessageContext current = running;
        if (current != null) {
            return current;
        }
        MessageContext starter = startedBy.get();
        return starter != null ? starter : last;
    }

    private void write(StreamType type, byte[] bytes, int offset, int length) {
        MessageContext parent = target();
        if (parent == null) {
            // Before the first cell (the kernel's own start), there is no cell to show it under.
            log.write(bytes, offset, length);
            return;
        }
        synchronized (lock) {
            long printed = printedBytes.getOrDefault(parent, 0L);
            if (printed > limitBytes) {
                return;
            }
            long allowed = Math.min(length, limitBytes - printed);
            printedBytes.put(parent, printed + length);
            if (parent != bufferedParent || type != bufferedType) {
                flushBuffer(true);
                bufferedParent = parent;
                bufferedType = type;
            }
            int position = offset;
            int end = offset + (int) Math.max(0, allowed);
            while (position < end) {
                int chunk = Math.min(end - position, buffer.length - buffered);
                System.arraycopy(bytes, position, buffer, buffered, chunk);
                buffered += chunk;
                position += chunk;
                if (buffered == buffer.length) {
                    flushBuffer(false);
                }
            }
            if (printed + length > limitBytes) {
                flushBuffer(true);
                sink.publish(parent, StreamType.ERR, TRUNCATION_NOTICE);
            }
        }
    }

    /**
     * Sends the buffer as one message. Unless {@code all}, a UTF-8 sequence cut at the end of the buffer is kept for
     * the next message, so no character is split between two.
     */
    private void flushBuffer(boolean all) {
        if (buffered == 0) {
            return;
        }
        int complete = all ? buffered : completeUtf8Prefix(buffer, buffered);
        if (complete == 0) {
            complete = buffered;
        }
        String text = new String(buffer, 0, complete, StandardCharsets.UTF_8);
        System.arraycopy(buffer, complete, buffer, 0, buffered - complete);
        buffered -= complete;
        sink.publish(bufferedParent, bufferedType, text);
    }

    /** The length of the longest prefix that does not end inside a multi-byte UTF-8 sequence. */
    static int completeUtf8Prefix(byte[] bytes, int length) {
        int start = length - 1;
        // Step back over at most three continuation bytes (10xxxxxx) to the sequence's first byte.
        while (start >= 0 && length - start <= 4 && (bytes[start] & 0xC0) == 0x80) {
            start--;
        }
        if (start < 0) {
            return length;
        }
        int lead = bytes[start] & 0xFF;
        int needed = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        return length - start >= needed ? length : start;
    }

    private final class Stream extends OutputStream {
        private final StreamType type;

        Stream(StreamType type) {
            this.type = type;
        }

        @Override
        public void write(int b) {
            CellStreams.this.write(type, new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            CellStreams.this.write(type, bytes, offset, length);
        }

        // flush() stays a no-op: PrintStream flushes after every line, and sending each line at once is what
        // made a flood of lines slow; the flusher thread and the kernel's next message send it instead.
    }
}
