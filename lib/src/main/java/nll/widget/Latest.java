package nll.widget;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Hands values to a slow consumer so that the newest always wins and nothing queues: while the consumer works,
 * each new value replaces the one waiting, and when it is done it takes the last one offered. A slider dragged
 * across fifty values while one chart draws gets one more chart, for where the slider stopped.
 *
 * @param <T> the values
 */
final class Latest<T> {

    private final AtomicReference<T> waiting = new AtomicReference<>();
    private final Consumer<T> consumer;
    private final Executor executor;

    /** {@code executor} runs one task at a time (a single thread), so the consumer is never run concurrently. */
    Latest(Consumer<T> consumer, Executor executor) {
        this.consumer = consumer;
        this.executor = executor;
    }

    /** Offers a value (not null); returns at once. */
    void offer(T value) {
        if (waiting.getAndSet(value) == null) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        T value;
        while ((value = waiting.getAndSet(null)) != null) {
            consumer.accept(value);
        }
    }
}
