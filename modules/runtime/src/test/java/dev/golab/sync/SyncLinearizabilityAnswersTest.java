package dev.golab.sync;

import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.ModelCheckingOptions;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.jetbrains.lincheck.datastructures.StressOptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Lincheck: every concurrent history of the lab primitives must be explainable by some sequential
 * order of the same operations (the sequential specification is the class itself, run one op at a
 * time). Modest settings; golab.stress.scale multiplies the iterations (-Pstress).
 * WaitGroup's counter word is checked (Add/Done/counter, a negative counter panicking in both the
 * concurrent and the sequential run); its Wait has no sequential specification Lincheck can run (it
 * blocks until other operations happen), so WaitGroupAnswersTest covers Wait.
 */
@DisplayName("CONC-06 / CONC-08 linearizability (Lincheck)")
class SyncLinearizabilityAnswersTest {
    static final int SCALE = Integer.getInteger("golab.stress.scale", 1);

    static StressOptions stress() {
        return new StressOptions().iterations(4 * SCALE).invocationsPerIteration(50).threads(2).actorsPerThread(3);
    }

    static ModelCheckingOptions modelChecking() {
        return new ModelCheckingOptions().iterations(6 * SCALE).invocationsPerIteration(40).threads(2).actorsPerThread(3);
    }

    /**
     * A counter guarded by the lab Mutex: mutual exclusion makes inc() atomic. (TryLock is left out on
     * purpose: a TryLock that fails because another goroutine holds the lock has no sequential
     * explanation — Lincheck reports it, which is itself the answer to "is TryLock linearizable?".)
     */
    public static class MutexCounter {
        private final Mutex m = new Mutex();
        private int n;

        @Operation
        public int inc() {
            m.lock();
            try {
                return ++n;
            } finally {
                m.unlock();
            }
        }

        @Operation
        public int get() {
            m.lock();
            int v = n;
            m.unlock();
            return v;
        }
    }

    /** Two fields written together under Lock, read together under RLock. */
    public static class RWPair {
        private final RWMutex rw = new RWMutex();
        private int a, b;

        @Operation
        public void write(int v) {
            rw.lock();
            a = v;
            b = -v;
            rw.unlock();
        }

        @Operation
        public int readSum() {
            rw.rLock();
            int s = a + b;
            rw.rUnlock();
            return s;
        }

        @Operation
        public int readA() {
            rw.rLock();
            int v = a;
            rw.rUnlock();
            return v;
        }
    }

    /** WaitGroup's state word: Add(1), Done (panics below zero), and the counter. */
    public static class WaitGroupCounter {
        private final WaitGroup wg = new WaitGroup();

        @Operation
        public void add() {
            wg.add(1);
        }

        @Operation
        public void done() {
            wg.done();
        }

        @Operation
        public int counter() {
            return wg.counter();
        }
    }

    @Param(name = "key", gen = IntGen.class, conf = "1:3")
    @Param(name = "value", gen = IntGen.class, conf = "1:3")
    public static class SyncMapOps {
        private final SyncMap<Integer, Integer> m = new SyncMap<>();

        @Operation
        public SyncMap.Loaded<Integer> load(@Param(name = "key") int k) {
            return m.load(k);
        }

        @Operation
        public void store(@Param(name = "key") int k, @Param(name = "value") int v) {
            m.store(k, v);
        }

        @Operation
        public SyncMap.Loaded<Integer> loadOrStore(@Param(name = "key") int k, @Param(name = "value") int v) {
            return m.loadOrStore(k, v);
        }

        @Operation
        public SyncMap.Loaded<Integer> loadAndDelete(@Param(name = "key") int k) {
            return m.loadAndDelete(k);
        }

        @Operation
        public SyncMap.Loaded<Integer> swap(@Param(name = "key") int k, @Param(name = "value") int v) {
            return m.swap(k, v);
        }

        @Operation
        public boolean compareAndSwap(@Param(name = "key") int k, @Param(name = "value") int v) {
            return m.compareAndSwap(k, v, v + 1);
        }

        @Operation
        public boolean compareAndDelete(@Param(name = "key") int k, @Param(name = "value") int v) {
            return m.compareAndDelete(k, v);
        }
    }

    @Nested
    @DisplayName("CONC-06.02 Q: is a Mutex-guarded counter linearizable (no lost or duplicated increment)?")
    class MutexCounterIsLinearizable {
        @Test
        void isLinearizableUnderStress() {
            stress().check(MutexCounter.class);
        }

        @Test
        void isLinearizableUnderModelChecking() {
            modelChecking().check(MutexCounter.class);
        }
    }

    @Nested
    @DisplayName("CONC-06.03 Q: does RWMutex keep a writer's two fields consistent for every reader?")
    class RWMutexPairIsLinearizable {
        @Test
        void isLinearizableUnderStress() {
            stress().check(RWPair.class);
        }

        @Test
        void isLinearizableUnderModelChecking() {
            modelChecking().check(RWPair.class);
        }
    }

    @Nested
    @DisplayName("CONC-06.A5 Q: is WaitGroup's Add/Done counter linearizable, negative-counter panic included?")
    class WaitGroupCounterIsLinearizable {
        @Test
        void isLinearizableUnderModelChecking() {
            modelChecking().check(WaitGroupCounter.class);
        }
    }

    @Nested
    @DisplayName("CORE-04.08 Q: is sync.Map (read/dirty/misses design) linearizable for every operation?")
    class SyncMapIsLinearizable {
        @Test
        void isLinearizableUnderStress() {
            stress().check(SyncMapOps.class);
        }

        @Test
        void isLinearizableUnderModelChecking() {
            modelChecking().check(SyncMapOps.class);
        }
    }
}
