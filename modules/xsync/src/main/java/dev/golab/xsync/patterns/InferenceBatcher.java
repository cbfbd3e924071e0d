package dev.golab.xsync.patterns;

/*
 * Go behaviour:    the seed's request batcher (AI-05): handlers send {input, reply chan} on a channel;
 *                  one worker goroutine appends requests to a batch and flushes it — one inference
 *                  call, then each result on its own request's reply channel — when the batch reaches
 *                  batchSize, or on the next tick of a time.Ticker if the batch is not empty. Seed
 *                  corrections: the worker must end (here: on ctx.Done, flushing what it holds, and
 *                  stopping its ticker) instead of leaking; the ticker is not reset after a size
 *                  flush, so a partial batch waits at most one period after the *previous tick*, not
 *                  "a timeout after its first request".
 * Model:           1. submit(x): reply := make(chan O, 1); requests <- {x, reply}; return reply
 *                  2. worker: ticker := NewTicker(period); defer ticker.Stop()
 *                     for { select { case r := <-requests: batch = append(batch, r);
 *                                      if len(batch) == batchSize { flush() }
 *                                    case <-ticker.C: if len(batch) > 0 { flush() }
 *                                    case <-ctx.Done(): flush(); return } }
 *                  3. flush: outs := session.Run(inputs); reply[i] <- outs[i]; batch = batch[:0]
 * Invariants:      PAT-I3 (AI-05.01) a full batch is flushed at once, without a tick.
 *                  PAT-I4 (AI-05.02/.03) a tick flushes a non-empty batch and nothing else.
 *                  PAT-I5 (AI-05.04) request k's reply channel receives exactly model(x_k).
 * Differs from Go: time comes from the Clock of the goroutine that creates the batcher (a
 *                  VirtualClock in tests), as in a synctest bubble.
 * See:             InferenceBatchingAnswersTest; Batcher is the timer-from-first-item variant.
 */
import dev.golab.chan.Chan;
import dev.golab.chan.Select;
import dev.golab.context.Context;
import dev.golab.runtime.Go;
import dev.golab.time.Ticker;
import dev.golab.time.Time;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

public final class InferenceBatcher<I, O> {
    private record Request<I, O>(I input, Chan<O> reply) {}

    private final Chan<Request<I, O>> requests = Chan.make();
    private final Chan<Void> stopped = Chan.make();
    private final InferenceSession<I, O> session;
    private final int batchSize;
    private final AtomicInteger held = new AtomicInteger();
    private final AtomicInteger accepted = new AtomicInteger();
    private final AtomicInteger ticks = new AtomicInteger();

    /** Starts the worker goroutine; it ends when ctx is done. The ticker reads the caller's clock. */
    public InferenceBatcher(Context ctx, int batchSize, Duration period, InferenceSession<I, O> session) {
        if (batchSize < 1) throw new IllegalArgumentException("batchSize must be >= 1, got " + batchSize);
        this.session = session;
        this.batchSize = batchSize;
        Ticker ticker = Time.newTicker(period);
        Go.go(() -> worker(ctx, ticker));
    }

    /** Sends the request to the worker; the result arrives on the returned channel (capacity 1). */
    public Chan<O> submit(I input) {
        Chan<O> reply = Chan.make(1);
        requests.send(new Request<>(input, reply));
        return reply;
    }

    /** submit, then wait for the result: what one HTTP handler does. */
    public O predict(I input) {
        return submit(input).recv();
    }

    /** Requests the worker holds in its current batch (for tests that must wait for it). */
    public int held() {
        return held.get();
    }

    /** Requests the worker has taken off the channel so far. */
    public int accepted() {
        return accepted.get();
    }

    /** Ticks the worker has handled so far (flushing or not). */
    public int ticks() {
        return ticks.get();
    }

    /** Closed once the worker has returned. */
    public Chan<Void> stopped() {
        return stopped;
    }

    private void worker(Context ctx, Ticker ticker) {
        List<Request<I, O>> batch = new ArrayList<>();
        boolean[] done = {false};
        try {
            while (!done[0]) {
                Select.select(
                        Select.recv(requests, r -> {
                            batch.add(r);
                            held.set(batch.size());
                            accepted.incrementAndGet();
                            if (batch.size() == batchSize) flush(batch);             // PAT-I3
                        }),
                        Select.recv(ticker.c(), t -> {
                            if (!batch.isEmpty()) flush(batch);                      // PAT-I4
                            ticks.incrementAndGet();
                        }),
                        Select.recv(ctx.done(), v -> {
                            flush(batch);
                            done[0] = true;
                        }));
            }
        } finally {
            ticker.stop();                                                 // the seed leaks both
            stopped.close();
        }
    }

    private void flush(List<Request<I, O>> batch) {
        if (batch.isEmpty()) return;
        List<O> outs = session.run(batch.stream().map(Request::input).toList());
        for (int k = 0; k < batch.size(); k++) batch.get(k).reply().send(outs.get(k));   // PAT-I5
        batch.clear();
        held.set(0);
    }
}
