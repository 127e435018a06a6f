package nll.bench;

import java.util.Arrays;

/**
 * Wall-clock timing with {@link System#nanoTime}: a warm-up that lets the JIT compile the task, then the median over
 * repeated samples, each sample a batch of consecutive calls long enough for the clock's resolution not to matter.
 * The median rather than the mean, so that a stray pause (garbage collection, another process) does not move it.
 */
final class MedianTimer {

    /** Something timed; returns a number that depends on its work, so that the work cannot be optimised away. */
    interface Task {
        double call();
    }

    private static final long SAMPLE_TARGET_NANOS = 2_000_000;

    private final long warmUpNanos;
    private final int samples;
    /** Every batch's result is written here; a volatile write is never removed, so neither is the work behind it. */
    @SuppressWarnings("UnusedVariable") // written, never read: the write is what keeps the work
    private volatile double sink;

    /**
     * @param warmUpMillis how long to call the task before timing it
     * @param samples number of timed samples, odd so that the median is one of them
     */
    MedianTimer(long warmUpMillis, int samples) {
        if (warmUpMillis < 0) {
            throw new IllegalArgumentException("warmUpMillis = " + warmUpMillis + " must be >= 0");
        }
        if (samples < 1 || samples % 2 == 0) {
            throw new IllegalArgumentException("samples = " + samples + " must be odd and positive");
        }
        this.warmUpNanos = warmUpMillis * 1_000_000;
        this.samples = samples;
    }

    /**
     * The median wall time of one call, in milliseconds. The batch size is the number of calls that the warm-up
     * finds to take at least 2 ms, so a microsecond task is timed over thousands of calls and a 10 ms task over one.
     */
    double millisPerCall(Task task) {
        int batch = 1;
        long warmUpEnd = System.nanoTime() + warmUpNanos;
        while (true) {
            long elapsed = timeBatch(task, batch);
            if (System.nanoTime() >= warmUpEnd && elapsed >= SAMPLE_TARGET_NANOS) {
                break;
            }
            if (elapsed < SAMPLE_TARGET_NANOS) {
                batch *= 2;
            }
        }
        long[] times = new long[samples];
        for (int s = 0; s < samples; s++) {
            times[s] = timeBatch(task, batch);
        }
        Arrays.sort(times);
        return times[samples / 2] / 1e6 / batch;
    }

    private long timeBatch(Task task, int batch) {
        long start = System.nanoTime();
        double sum = 0;
        for (int k = 0; k < batch; k++) {
            sum += task.call();
        }
        long elapsed = System.nanoTime() - start;
        sink = sum;
        return elapsed;
    }
}
