package nll.exercise;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What the learner's code prints while a check runs: kept up to a limit, counted beyond it, so that a loop that
 * prints millions of lines neither floods the notebook nor fills the memory.
 */
final class CapturedOutput extends OutputStream {

    /** Bytes kept; the rest is only counted. */
    private static final int KEPT = 100;

    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private long total;

    @Override
    public synchronized void write(int b) {
        if (total++ < KEPT) {
            kept.write(b);
        }
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        int keep = (int) Math.max(0, Math.min(length, KEPT - total));
        kept.write(bytes, offset, keep);
        total += length;
    }

    PrintStream printStream() {
        return new PrintStream(this, true, StandardCharsets.UTF_8);
    }

    /** Empty when nothing was printed, else how much and how it began, on one line. */
    synchronized String summary() {
        if (total == 0) {
            return "";
        }
        String start = kept.toString(StandardCharsets.UTF_8)
                .replace("\r", "")
                .replace("\n", " | ")
                .strip();
        String more = total > KEPT ? " ..." : "";
        return "printed " + total + " characters: " + start + more;
    }
}
