package dev.golab.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("RT-08 sync.Pool")
class PoolAnswersTest {
    static final int SCALE = Integer.getInteger("golab.stress.scale", 1);

    /** A pooled object that remembers whether someone holds it (PL-I2) and whether it was closed. */
    static final class Buf {
        final int id;
        final AtomicBoolean inUse = new AtomicBoolean();
        final StringBuilder data = new StringBuilder();
        boolean closed;

        Buf(int id) {
            this.id = id;
        }

        @Override
        public String toString() {
            return "&Buf{" + id + "}";
        }
    }

    @Test
    @DisplayName("RT-08.01 Q: what does Get return: a pooled object or New()?")
    void getReturnsAPooledObjectIfThereIsOneOtherwiseCallsNew() {
        AtomicInteger news = new AtomicInteger();
        Pool<Buf> p = new Pool<>(() -> new Buf(100 + news.incrementAndGet()));
        Buf a = new Buf(1);
        Pool.onP(0, () -> {
            p.put(a);
            assertThat(p.get()).isSameAs(a);
            assertThat(p.get().id).isEqualTo(101);            // empty: New
            return null;
        });
        assertThat(news).hasValue(1);
    }

    @Test
    @DisplayName("RT-08.A1 Q: what does Get return when the pool is empty and New is nil?")
    void getReturnsNilWhenEmptyWithoutNewAndPutOfNilIsIgnored() {
        Pool<Buf> p = new Pool<>(null);
        assertThat(p.get()).isNull();
        p.put(null);
        assertThat(p.primarySize()).isZero();
        assertThat(p.get()).isNull();
    }

    @Test
    @DisplayName("RT-08.02 Q: is Get guaranteed to return the object last Put?")
    void getNeedNotReturnTheLastPutObject() {
        Pool<Buf> p = new Pool<>(null);
        Buf a = new Buf(1), b = new Buf(2);
        Pool.onP(0, () -> {
            p.put(a);                                        // private slot
            p.put(b);                                        // shared chain
            assertThat(p.get()).isSameAs(a);                 // not b, the last one put
            return null;
        });
    }

    @Test
    @DisplayName("RT-08.02 Q: (prop) what may Get return after any sequence of Put / Get / GC on any P?")
    void getOnlyEverReturnsAnObjectThatIsStillPooledAndNeverTwice() {
        // Reference model: the multiset of objects put and not yet returned, each with its GC age.
        qt().withFixedSeed(20261127L).withExamples(200).forAll(lists().of(integers().between(0, 99)).ofSizeBetween(1, 60))
                .checkAssert(ops -> {
                    Pool<Buf> p = new Pool<>(null);
                    List<String> trace = new ArrayList<>();
                    java.util.Map<Buf, Integer> pooled = new java.util.HashMap<>();   // object -> GCs survived
                    int next = 0, lastPutP = -1;
                    for (int op : ops) {
                        int pid = op % 3;
                        if (op < 45) {
                            Buf x = new Buf(next++);
                            Pool.onP(pid, () -> { p.put(x); return null; });
                            pooled.put(x, 0);
                            lastPutP = pid;
                            trace.add("p.Put(" + x + ") // on P" + pid);
                        } else if (op < 90) {
                            Buf got = Pool.onP(pid, p::get);
                            trace.add("x := p.Get() // on P" + pid + " -> " + got);
                            if (got != null) {
                                assertThat(pooled).as("%s", trace).containsKey(got);
                                pooled.remove(got);                    // never handed out twice
                            } else {
                                // nil is allowed (other Ps' private slots are never stolen), but not right
                                // after a Put on this same P
                                assertThat(lastPutP).as("%s", trace).isNotEqualTo(pid);
                            }
                            lastPutP = -1;
                        } else {
                            Pool.gcCycle();
                            pooled.replaceAll((k, age) -> age + 1);
                            pooled.values().removeIf(age -> age >= 2); // PL-I1: survives exactly one GC
                            trace.add("runtime.GC()");
                            lastPutP = -1;
                        }
                    }
                    Pool.gcCycle();
                    Pool.gcCycle();
                    for (int pid = 0; pid < 3; pid++) assertThat(Pool.onP(pid, p::get)).as("%s", trace).isNull();
                });
    }

    @Test
    @DisplayName("RT-08.03 Q: what happens to pooled objects at a GC? (victim cache: survive exactly one)")
    void aPooledObjectSurvivesOneGcButNotTwo() {
        AtomicInteger news = new AtomicInteger();
        Pool<Buf> p = new Pool<>(() -> new Buf(-news.incrementAndGet()));
        Buf a = new Buf(1), b = new Buf(2);
        Pool.onP(0, () -> {
            p.put(a);
            Pool.gcCycle();                                  // a moves to the victim cache
            assertThat(p.victimSize()).isEqualTo(1);
            assertThat(p.get()).isSameAs(a);                 // still there after one GC
            p.put(b);
            Pool.gcCycle();
            Pool.gcCycle();                                  // second GC drops the victim
            assertThat(p.get()).isNotSameAs(b).extracting(x -> x.id).isEqualTo(-1);
            return null;
        });
    }

    @Test
    @DisplayName("RT-08.04 Q: is a Pool safe for concurrent Get and Put without external locking?")
    void concurrentGetAndPutNeverHandTheSameObjectToTwoGoroutines() {
        AtomicInteger created = new AtomicInteger();
        Pool<Buf> p = new Pool<>(() -> new Buf(created.incrementAndGet()));
        AtomicBoolean doubleUse = new AtomicBoolean();
        WaitGroup wg = new WaitGroup();
        for (int g = 0; g < 8; g++) {
            wg.go(() -> {
                for (int i = 0; i < 5_000 * SCALE; i++) {
                    Buf x = p.get();
                    if (!x.inUse.compareAndSet(false, true)) doubleUse.set(true);
                    x.inUse.set(false);
                    p.put(x);
                    if (i % 1000 == 999) Pool.gcCycle();
                }
            });
        }
        wg.await();
        assertThat(doubleUse).isFalse();
        assertThat(created.get()).isLessThan(8 * 5_000 * SCALE);   // reuse did happen
    }

    @Test
    @DisplayName("RT-08.05 Q: in which order does Get look for an object? (private, shared, steal, victim, New)")
    void getTriesPrivateThenOwnSharedThenStealsOtherSharedTailsThenVictimThenNew() {
        AtomicInteger news = new AtomicInteger();
        Pool<String> p = new Pool<>(() -> "new" + news.incrementAndGet());
        Pool.onP(0, () -> { p.put("p0.private"); p.put("p0.shared1"); p.put("p0.shared2"); return null; });
        Pool.onP(1, () -> { p.put("p1.private"); p.put("p1.sharedA"); p.put("p1.sharedB"); return null; });
        List<String> got = new ArrayList<>();
        Pool.onP(0, () -> {
            for (int i = 0; i < 6; i++) got.add(p.get());
            return null;
        });
        // own private; own shared from the head (LIFO); P1's shared from the TAIL; P1's private is never stolen
        assertThat(got).containsExactly("p0.private", "p0.shared2", "p0.shared1", "p1.sharedA", "p1.sharedB", "new1");
        Pool.gcCycle();                                      // P1's private goes to the victim cache
        assertThat(Pool.onP(1, p::get)).isEqualTo("p1.private");   // victim: only P1 may take its private
        assertThat(Pool.onP(0, p::get)).isEqualTo("new2");
    }

    @Test
    @DisplayName("RT-08.06 Q: does the pool reset objects?")
    void thePoolDoesNotResetObjectsCallersMust() {
        Pool<Buf> p = new Pool<>(() -> new Buf(0));
        Pool.onP(0, () -> {
            Buf b = p.get();
            b.data.append("secret");
            p.put(b);                                        // forgot buf.Reset()
            assertThat(p.get().data).hasToString("secret");
            return null;
        });
    }

    @Test
    @DisplayName("RT-08.07 Q: is sync.Pool a resource (connection) pool?")
    void droppedObjectsAreNeverClosedSoAPooledConnectionLeaks() {
        Pool<Buf> p = new Pool<>(null);
        Set<Buf> conns = new HashSet<>();
        Pool.onP(0, () -> {
            for (int i = 0; i < 3; i++) {
                Buf c = new Buf(i);
                conns.add(c);
                p.put(c);
            }
            Pool.gcCycle();
            Pool.gcCycle();
            assertThat(p.get()).isNull();                    // gone from the pool...
            return null;
        });
        assertThat(conns).noneMatch(c -> c.closed);          // ...and nobody closed them
    }
}
