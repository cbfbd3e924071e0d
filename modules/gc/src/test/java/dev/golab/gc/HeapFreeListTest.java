package dev.golab.gc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golab.gc.barrier.Barrier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The simulated heap's per-class free lists (mheap/mcentral reuse, Go 1.23); rounding is runtime.malloc's. */
@DisplayName("RT-01.05 Q: where does freed memory go?")
class HeapFreeListTest {
    @Test
    @DisplayName("RT-01.05 Q: where does freed memory go — back to its size class's free list, reused first?")
    void sweptObjectsAreReusedFromTheirClassFreeList() {
        Heap h = new Heap();
        Collector c = new Collector(h, Barrier.HYBRID);
        int a = c.allocate(null, -1, 100, 0);
        c.allocate(null, -1, 5000, 0);
        c.gc();
        assertThat(h.freeListLength(100)).isEqualTo(1);
        assertThat(h.freeListLength(112)).as("same class as 100 B").isEqualTo(1);
        assertThat(c.allocate(null, -1, 110, 0)).as("reuses the freed 112-byte slot").isEqualTo(a);
        assertThat(h.inUseBytes()).isEqualTo(112);
    }
}
