package nll.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LatestTest {

    @Test
    void valuesOfferedWhileTheConsumerWorksCollapseToTheNewest() throws Exception {
        ExecutorService single = Executors.newSingleThreadExecutor();
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> drawn = new ArrayList<>();
        Latest<Integer> latest = new Latest<>(
                value -> {
                    synchronized (drawn) {
                        drawn.add(value);
                    }
                    firstStarted.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                single);

        latest.offer(1);
        firstStarted.await();
        for (int value = 2; value <= 50; value++) {
            latest.offer(value);
        }
        release.countDown();
        single.shutdown();
        single.awaitTermination(10, TimeUnit.SECONDS);
        assertEquals(List.of(1, 50), drawn, "the first value, then only the newest of the 49 that waited");
    }
}
