/*
 * Go behaviour:    the allocation patterns the gc-guide and the RT-07 leak answers talk about: a steady
 *                  live set with garbage, bursts, pointer-chasing churn, goroutines that block forever
 *                  holding their data (leaky()), and sub-slices that keep a large backing array alive.
 * Model:           each constant allocates one unit per step() through Simulation.alloc (so assists,
 *                  triggers and barriers apply) and keeps its live set reachable from globals/stacks:
 *                  GUIDE        gc-guide graph 1: the first second survives, the next nine die.
 *                  STEADY       a ring of liveBytes/objectBytes slots; each new object replaces the oldest.
 *                  BURSTY       STEADY at 4x the rate for 100 ms of every 500 ms, 1/4 otherwise.
 *                  LINKED_LIST  an LRU list: push a node, evict the tail, move two random nodes to the
 *                               front (prev.next = x.next; x.next = head; head = x: barriered writes).
 *                  LEAK         per request a goroutine with an 8 KiB buffer; 1 in 10 blocks forever on
 *                               a channel no one else references (its stack and buffer stay reachable).
 *                  SUBSLICE     keep a 32-byte header of each 64 KiB array (the array stays alive).
 *                  SUBSLICE_COPY keep a 32-byte copy instead (the array dies).
 * Invariants:      GC-WL1 live bytes of STEADY/LINKED_LIST stay ~liveBytes; LEAK's grow with time.
 * Differs from Go: one goroutine allocates; requests are instantaneous.
 * See:             Simulation, SimulationAnswersTest, LeakAnswersTest.
 */
package dev.golab.gc.sim;

import dev.golab.gc.Heap;
import dev.golab.gc.Root;
import dev.golab.gc.pacer.Pacer;



public enum Workload {
    GUIDE {
        @Override void init(Simulation s) { s.state.head = s.heap.globals().slot("list"); }

        @Override void step(Simulation s) {
            if (s.now < 1_000_000_000L) {
                int n = s.alloc(s.main, s.state.tmp(s), s.cfg.objectBytes(), 1);
                s.gc.write(s.main, n, 0, s.heap.globals().get(s.state.head));
                s.gc.writeGlobal(s.main, s.state.head, n);
            } else s.alloc(null, -1, s.cfg.objectBytes(), 1);
        }
    },
    STEADY {
        @Override void step(Simulation s) { ringPut(s, s.alloc(s.main, s.state.tmp(s), s.cfg.objectBytes(), 1)); }
    },
    BURSTY {
        @Override double rate(Simulation s, double t) { return s.cfg.allocRate() * ((t % 0.5) < 0.1 ? 4 : 0.25); }

        @Override void step(Simulation s) { STEADY.step(s); }
    },
    LINKED_LIST {
        @Override void init(Simulation s) { s.state.head = s.heap.globals().slot("head"); }

        @Override void step(Simulation s) {
            Heap h = s.heap;
            int[] order = s.state.order;
            int n = s.alloc(s.main, s.state.tmp(s), s.cfg.objectBytes(), 1);   // n := &node{next: head}; head = n
            s.gc.write(s.main, n, 0, h.globals().get(s.state.head));
            s.gc.writeGlobal(s.main, s.state.head, n);
            s.state.order = order = s.state.push(n);
            int len = s.state.length;
            if ((long) len * s.cfg.objectBytes() > s.cfg.liveBytes()) {       // evict the tail: order[len-2].next = nil
                s.gc.write(s.main, order[len - 2], 0, Heap.NIL);
                s.state.length = --len;
            }
            for (int touch = 0; touch < 2 && len > 2; touch++) {                // LRU hit: move order[i] to the front
                int i = 1 + s.rng.nextInt(len - 1), x = order[i], prev = order[i - 1];
                s.gc.setLocal(s.main, s.state.tmp(s), x);                       // x := prev.next (held on the stack)
                s.gc.write(s.main, prev, 0, h.get(x, 0));                       // prev.next = x.next
                s.gc.write(s.main, x, 0, h.globals().get(s.state.head));        // x.next = head
                s.gc.writeGlobal(s.main, s.state.head, x);                      // head = x
                System.arraycopy(order, 0, order, 1, i);
                order[0] = x;
            }
        }
    },
    LEAK {
        @Override void step(Simulation s) {
            Root g = s.gc.go(s.main, "handler" + s.state.requests++, 8 * Pacer.KiB, "buf", Heap.NIL);
            s.alloc(g, g.slot("buf"), s.cfg.objectBytes(), 0);
            if (s.rng.nextInt(10) == 0) {
                int ch = s.alloc(g, g.slot("ch"), 96, 1);   // make(chan T): only this goroutine holds it
                s.gc.block(g, ch);                           // ch <- result, with no receiver: blocked forever
            } else {
                s.gc.exit(g);
                s.heap.stacks().remove(g);
            }
        }
    },
    SUBSLICE {
        @Override void step(Simulation s) {
            int arr = s.alloc(s.main, s.state.tmp(s), 64 * Pacer.KiB, 0);
            int hdr = s.alloc(s.main, s.state.tmp(s), 32, 1);   // small := big[:4]: a header into the array
            s.gc.write(s.main, hdr, 0, arr);
            ringPut(s, hdr);
        }
    },
    SUBSLICE_COPY {
        @Override void step(Simulation s) {
            s.alloc(s.main, s.state.tmp(s), 64 * Pacer.KiB, 0);
            ringPut(s, s.alloc(s.main, s.state.tmp(s), 32, 0));   // small := append([]byte(nil), big[:4]...)
        }
    };

    /** Per-run state a workload keeps between steps. */
    static final class State {
        int head = -1, ring = -1, ringPos, length, requests, tmpSlot = -1;
        int[] order = new int[16];

        /** order = [n] + order (head first); returns the array, grown if needed. */
        int[] push(int n) {
            if (length + 1 > order.length) order = java.util.Arrays.copyOf(order, order.length * 2);
            System.arraycopy(order, 0, order, 1, length++);
            order[0] = n;
            return order;
        }

        int tmp(Simulation s) {
            if (tmpSlot < 0) tmpSlot = s.main.slot("tmp");
            return tmpSlot;
        }
    }

    void init(Simulation s) {}

    abstract void step(Simulation s);

    double rate(Simulation s, double t) { return s.cfg.allocRate(); }

    /** ring[pos] = obj, on a global array of liveBytes/objectBytes slots (SUBSLICE: 64 slots). */
    static void ringPut(Simulation s, int obj) {
        if (s.state.ring < 0) {
            int k = s.cfg.workload() == SUBSLICE || s.cfg.workload() == SUBSLICE_COPY ? 64
                    : (int) Math.max(1, s.cfg.liveBytes() / s.cfg.objectBytes());
            s.state.ring = s.heap.globals().slot("ring");
            s.gc.writeGlobal(s.main, s.state.ring, s.gc.allocate(null, -1, 8L * k, k));
        }
        int ring = s.heap.globals().get(s.state.ring);
        s.gc.write(s.main, ring, s.state.ringPos++ % s.heap.slotCount(ring), obj);
    }
}
