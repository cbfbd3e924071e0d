package dev.golab.gc.retention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golab.gc.Collector;
import dev.golab.gc.Heap;
import dev.golab.gc.barrier.Barrier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** RT-08: sync.Pool's order and victim cache on the simulator's heap (PoolModel). */
@DisplayName("RT-08 Q: what is sync.Pool — when should you use it and what are its guarantees?")
class PoolVictimAnswersTest {
    final Heap h = new Heap();
    final Collector c = new Collector(h, Barrier.HYBRID).oracle(true);
    int news;
    final PoolModel pool = new PoolModel(c, 2, () -> { news++; return c.allocate(null, -1, 1024, 1); });

    int obj() { return c.allocate(null, -1, 1024, 1); }

    @Test
    @DisplayName("RT-08.01 Q: does Get return a pooled object if there is one, and call New otherwise?")
    void getReturnsPooledObjectElseCallsNew() {
        int x = obj();
        pool.put(0, x);
        assertThat(pool.get(0)).isEqualTo(x);
        assertThat(news).isZero();
        int y = pool.get(0);
        assertThat(news).isEqualTo(1);
        assertThat(y).isNotEqualTo(x);
        assertThat(pool.lastSource()).isEqualTo(PoolModel.Source.NEW);
    }

    @Test
    @DisplayName("RT-08.02 Q: is the object returned by Get the one last Put?")
    void noIdentityGuaranteeGetNeedNotReturnTheLastPut() {
        int a = obj(), b = obj();
        pool.put(0, a);
        pool.put(0, b);
        assertThat(pool.get(0)).as("private slot first, not the last Put").isEqualTo(a).isNotEqualTo(b);
        int x = obj();
        pool.put(0, x);
        int onOtherP = pool.get(1);                           // P1 steals b from P0's shared tail, not x
        assertThat(onOtherP).isNotEqualTo(x);
    }

    @Test
    @DisplayName("RT-08.03 Q: are pooled objects dropped at GC — after one GC or two (victim cache)?")
    void pooledObjectSurvivesExactlyOneGcThroughTheVictimCache() {
        int x = obj();
        pool.put(0, x);
        c.gc();
        assertThat(h.isAllocated(x)).isTrue();
        assertThat(pool.get(0)).as("Put, GC, Get still returns it").isEqualTo(x);
        assertThat(pool.lastSource()).isEqualTo(PoolModel.Source.VICTIM);
        int y = obj();
        pool.put(0, y);
        c.gc();
        c.gc();
        assertThat(pool.pooled()).isZero();
        assertThat(h.isAllocated(y)).as("dropped and freed at the second GC").isFalse();
        pool.get(0);
        assertThat(pool.lastSource()).isEqualTo(PoolModel.Source.NEW);
        assertThat(c.lost()).isEmpty();
    }

    @Test
    @DisplayName("RT-08.05 Q: in which order does Get look: private, shared, steal, victim, New?")
    void getOrderIsPrivateSharedStealVictimNew() {
        int v = obj();
        pool.put(0, v);
        c.gc();                                               // v is now in P0's victim private slot
        int p0a = obj(), p0b = obj(), p1 = obj(), p1b = obj();
        pool.put(0, p0a);
        pool.put(0, p0b);
        pool.put(1, p1);
        pool.put(1, p1b);
        assertThat(pool.get(0)).isEqualTo(p0a);
        assertThat(pool.lastSource()).isEqualTo(PoolModel.Source.PRIVATE);
        assertThat(pool.get(0)).isEqualTo(p0b);
        assertThat(pool.lastSource()).isEqualTo(PoolModel.Source.SHARED);
        assertThat(pool.get(0)).isEqualTo(p1b);
        assertThat(pool.lastSource()).isEqualTo(PoolModel.Source.STEAL);
        assertThat(pool.get(0)).isEqualTo(v);
        assertThat(pool.lastSource()).isEqualTo(PoolModel.Source.VICTIM);
        pool.get(0);                                          // P1's private p1 is never stolen: New
        assertThat(pool.lastSource()).isEqualTo(PoolModel.Source.NEW);
    }

    @Test
    @DisplayName("RT-08.06 Q: does the pool reset objects?")
    void poolDoesNotResetObjects() {
        int buf = obj(), data = obj();
        c.write(null, buf, 0, data);                          // buf.Write(...)
        pool.put(0, buf);
        int again = pool.get(0);
        assertThat(h.get(again, 0)).as("the caller must buf.Reset()").isEqualTo(data);
    }

    @Test
    @DisplayName("RT-08.07 Q: is the pool a resource pool? What happens to a pooled connection at GC?")
    void droppedObjectsAreNeverClosedSoAConnectionLeaks() {
        java.util.Set<Integer> open = new java.util.HashSet<>();
        int conn = obj();
        open.add(conn);                                       // net.Dial: an OS resource behind the object
        pool.put(0, conn);
        c.gc();
        c.gc();
        assertThat(h.isAllocated(conn)).isFalse();
        assertThat(open).as("nobody called Close: the descriptor leaks").containsExactly(conn);
    }

    @Test
    @DisplayName("RT-08.A1 Q: what does Get return when the pool is empty and New is nil?")
    void getReturnsNilWhenEmptyAndNewIsNil() {
        PoolModel noNew = new PoolModel(c, 1, null);
        assertThat(noNew.get(0)).isEqualTo(Heap.NIL);
        assertThat(noNew.lastSource()).isEqualTo(PoolModel.Source.NIL);
    }
}
