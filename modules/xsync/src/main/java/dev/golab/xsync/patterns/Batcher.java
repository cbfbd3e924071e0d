package dev.golab.xsync.patterns;

/*
 * Go behaviour:    the request-batching loop of Go services (AI-07, bulk writers):
 *                  for { select { case v, ok := <-in: …append; if len(batch) == max { flush() }
 *                  case <-timer.C: flush() } } — a batch is flushed when it is full or when maxWait
 *                  has passed since its first item, whichever comes first; close(in) flushes the rest.
 * Model:           one goroutine owns the batch (no lock); the timer is armed by the first item of a
 *                  batch on the Clock and delivers into a fresh one-slot channel, so a stale timer of
 *                  an already-flushed batch can never flush the next one.
 * Invariants:      BAT-I1 every submitted item is flushed exactly once, in order. BAT-I2 1 <= batch size <= max.
 *                  BAT-I3 no item waits longer than maxWait on the clock (plus scheduling).
 * Differs from Go: none in behaviour.
 * See:             ShutdownAnswersTest (batchesFlush…).
 */
import dev.golab.chan.Chan;
import dev.golab.chan.Select;
import dev.golab.runtime.Go;
import dev.golab.runtime.Clock;
import dev.golab.runtime.ClockTimer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

public final class Batcher<T> {
    private final Chan<T> in = Chan.make();
    private final Chan<Void> finished = Chan.make();
    private final int maxSize;
    private final Duration maxWait;
    private final Clock clock;
    private final Consumer<List<T>> flush;

    public Batcher(int maxSize, Duration maxWait, Clock clock, Consumer<List<T>> flush) {
        this.maxSize = maxSize;
        this.maxWait = maxWait;
        this.clock = clock;
        this.flush = flush;
        Go.go(this::loop);
    }

    /** Hands one item to the batching goroutine (blocks until it takes it: an unbuffered channel). */
    public void submit(T item) {
        in.send(item);
    }

    /** close(in), then wait until the final partial batch has been flushed. */
    public void close() {
        in.close();
        finished.recvOk();
    }

    private void loop() {
        List<T> batch = new ArrayList<>();
        Chan<Void>[] timerC = new Chan[] {Chan.nil()};               // nil channel: that case never fires
        ClockTimer[] timer = {null};
        boolean[] open = {true};
        Runnable doFlush = () -> {
            if (timer[0] != null) timer[0].stop();
            timer[0] = null;
            timerC[0] = Chan.nil();
            if (!batch.isEmpty()) flush.accept(List.copyOf(batch));
            batch.clear();
        };
        while (open[0]) {
            Select.select(
                    Select.recvOk(in, (v, ok) -> {
                        if (!ok) {
                            open[0] = false;
                            doFlush.run();
                            return;
                        }
                        batch.add(v);
                        if (batch.size() == 1) {
                            Chan<Void> fired = Chan.make(1);
                            timerC[0] = fired;
                            timer[0] = clock.schedule(maxWait, () -> fired.send(null));
                        }
                        if (batch.size() == maxSize) doFlush.run();
                    }),
                    Select.recv(timerC[0], v -> doFlush.run()));
        }
        finished.close();
    }
}
