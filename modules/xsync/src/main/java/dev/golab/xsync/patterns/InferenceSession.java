package dev.golab.xsync.patterns;

/*
 * Go behaviour:    the seed's model server (AI-05) shares one ONNX Runtime session between request
 *                  handlers and guards session.Run with a sync.Mutex, so only one inference runs at a
 *                  time however many goroutines call it.
 * Model:           run(batch) = mu.Lock(); defer mu.Unlock(); model(batch). Counts calls and the
 *                  peak number of runs inside the critical section at once.
 * Invariants:      PAT-I1 (AI-05.05) at most one run is inside model(...) at any moment.
 *                  PAT-I2 one call to run is one inference call, whatever the batch size.
 * Differs from Go: the model is a Java function from a batch of inputs to a batch of outputs; there
 *                  is no tensor shape (the seed hard-codes (1, 10)).
 * See:             InferenceBatchingAnswersTest.
 */
import dev.golab.sync.Mutex;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

public final class InferenceSession<I, O> {
    private final Mutex mu = new Mutex();
    private final Function<List<I>, List<O>> model;
    private final AtomicInteger inside = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();
    private final AtomicInteger runs = new AtomicInteger();

    /** model must return one output per input, in input order. */
    public InferenceSession(Function<List<I>, List<O>> model) {
        this.model = model;
    }

    /** session.Run under the session's mutex. */
    public List<O> run(List<I> batch) {
        mu.lock();
        try {
            peak.accumulateAndGet(inside.incrementAndGet(), Math::max);
            runs.incrementAndGet();
            List<O> out = model.apply(batch);
            if (out.size() != batch.size()) {
                throw new IllegalStateException("model returned " + out.size() + " outputs for " + batch.size() + " inputs");
            }
            return out;
        } finally {
            inside.decrementAndGet();
            mu.unlock();
        }
    }

    /** Inference calls so far (PAT-I2). */
    public int runs() {
        return runs.get();
    }

    /** The most runs ever inside the critical section at once (PAT-I1: 1). */
    public int peakConcurrency() {
        return peak.get();
    }
}
