package dev.golab.xsync;

/*
 * Go behaviour:    golang.org/x/sync/singleflight.Group (singleflight.go, x/sync v0.16.0): Do(key, fn)
 *                  runs fn once per key while a call is in flight; duplicates wait and get the same
 *                  (v, err). shared = dups > 0 for the caller that ran fn, true for every duplicate.
 *                  Nothing is cached: the key is deleted when fn returns. Forget(key) makes the next
 *                  Do run fn even while the old call is in flight. A panic in fn is re-raised in every
 *                  waiter as a *panicError (value + stack); runtime.Goexit in fn makes every waiter
 *                  Goexit. With DoChan waiters a panic cannot be delivered, so Go crashes the process.
 * Model:           1. execute: under the mutex, join the key's Call (dups++) or install a new one.
 *                  2. the leader runs fn, classifies the outcome (value / error / panic / Goexit),
 *                     then under the mutex: completes the Call, deletes the key if it is still this
 *                     Call's, and sends a Result to every executeChan channel.
 *                  3. waiters block (state "sync.WaitGroup.Wait") until the Call completes, then
 *                     return its result or re-raise its panic / Goexit.
 * Invariants:      SF-I1 at most one fn execution per key at a time (SingleFlightPropertiesTest).
 *                  SF-I2 shared == (dups > 0) for the leader, true for joiners. SF-I3 after the leader
 *                  returns, the key is absent unless a newer call installed it.
 * Differs from Go: keys are Strings as in Go; the "error" is any non-GoPanic exception fn throws
 *                  (see GoException). Goexit is recognised by runtime's "runtime.Goexit" Error.
 * See:             SingleFlightAnswersTest, SingleFlightPropertiesTest, SingleFlightBenchmark.
 */
import dev.golab.chan.Chan;
import dev.golab.runtime.Go;
import dev.golab.runtime.GoPanic;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

public final class SingleFlight<V> {
    /** singleflight.Result: what Do returns, and what DoChan delivers. */
    public record Result<V>(V value, Throwable err, boolean shared) {}

    private final Object mu = new Object();
    private final Map<String, FlightCall<V>> calls = new HashMap<>();

    /** Do(key, fn). Re-raises fn's panic (as a GoPanic of a {@link PanicError}) or its Goexit. */
    public Result<V> execute(String key, Callable<V> fn) {
        Joined<V> j = join(key, null);
        if (j.lead()) {
            doCall(j.call(), key, fn);
            return j.call().resultFor(true);
        }
        j.call().awaitDone();
        return j.call().resultFor(false);
    }

    /** The in-flight call for key, joined (dups++), or a new one this caller leads; ch (if any) gets the result. */
    private Joined<V> join(String key, Chan<Result<V>> ch) {
        synchronized (mu) {
            FlightCall<V> c = calls.get(key);
            boolean lead = c == null;
            if (lead) {
                c = new FlightCall<>();
                calls.put(key, c);
            } else {
                c.dups++;
            }
            if (ch != null) c.chans.add(ch);
            return new Joined<>(c, lead);
        }
    }

    private record Joined<V>(FlightCall<V> call, boolean lead) {}

    /** DoChan(key, fn): a buffered channel that receives one Result; never closed. fn runs in a goroutine. */
    public Chan<Result<V>> executeChan(String key, Callable<V> fn) {
        Chan<Result<V>> ch = Chan.make(1);
        Joined<V> j = join(key, ch);
        if (j.lead()) Go.go(() -> doCall(j.call(), key, fn));
        return ch;
    }

    /** Forget(key): the next execute for key runs fn even if a call is still in flight. */
    public void forget(String key) {
        synchronized (mu) {
            calls.remove(key);
        }
    }

    /** Lab probe: callers that joined the key's in-flight call so far (Go's c.dups), 0 if none in flight. */
    public int duplicates(String key) {
        synchronized (mu) {
            FlightCall<V> c = calls.get(key);
            return c == null ? 0 : c.dups;
        }
    }

    /** Keys with a call in flight (for tests and the tour). */
    public int inFlight() {
        synchronized (mu) {
            return calls.size();
        }
    }

    private void doCall(FlightCall<V> c, String key, Callable<V> fn) {
        try {
            c.value = fn.call();
        } catch (Throwable t) {
            if (FlightCall.isGoexit(t)) c.goexit = t;
            else if (GoException.isPanic(t)) c.panic = new PanicError(GoPanic.of(t).value(), t);
            else c.err = t;
        }
        boolean crashViaGoroutine;
        synchronized (mu) {
            c.complete();
            if (calls.get(key) == c) calls.remove(key);
            crashViaGoroutine = c.panic != null && !c.chans.isEmpty();
            if (c.panic == null && c.goexit == null) {
                for (Chan<Result<V>> ch : c.chans) ch.send(new Result<>(c.value, c.err, c.dups > 0));
            }
        }
        if (c.goexit != null) Go.goexit();                     // already unwinding in Go; keep unwinding
        if (crashViaGoroutine) {
            // singleflight.go: `go panic(e)` — a DoChan waiter cannot receive a panic, so the process
            // crashes; this goroutine then blocks forever (`select {}`) to appear in the dump.
            Go.go(() -> { throw new GoPanic(c.panic); });
            FlightCall.blockForever();
        }
        if (c.panic != null) throw new GoPanic(c.panic);
    }
}
