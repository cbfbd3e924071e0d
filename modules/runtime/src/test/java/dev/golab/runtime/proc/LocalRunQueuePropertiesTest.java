package dev.golab.runtime.proc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The shared run queues against a reference model, one call at a time: two Ps (0 and 1) with an
 * ArrayDeque ring + a runnext slot each, and an ArrayDeque global queue, following runtime/proc.go's
 * runqput/runqputslow/runqget/runqsteal/globrunqget as plain sequential code. After every step the
 * rings, runnexts, global queue and returned Gs must be equal. Steps print in Go syntax.
 */
@DisplayName("RT-03.A1 / RT-03.03 the shared run-queue policy equals a reference model (PROC-I1, I3, I4, I5)")
class LocalRunQueuePropertiesTest {
    private static final long SEED = Long.getLong("QT_SEED", 20261127L);
    private static final int EXAMPLES = Integer.getInteger("QT_EXAMPLES", 300);

    /** The reference: Go's functions written with ArrayDeques and no concurrency. */
    static final class Model {
        final List<ArrayDeque<Integer>> rings = List.of(new ArrayDeque<>(), new ArrayDeque<>());
        final Integer[] runnext = new Integer[2];
        final ArrayDeque<Integer> global = new ArrayDeque<>();

        boolean put(int p, int g, boolean next) {
            if (next) {
                Integer old = runnext[p];
                runnext[p] = g;
                if (old == null) return false;
                g = old;
            }
            ArrayDeque<Integer> ring = rings.get(p);
            if (ring.size() < 256) {
                ring.addLast(g);
                return false;
            }
            for (int i = 0; i < 128; i++) global.addLast(ring.pollFirst());
            global.addLast(g);
            return true;
        }

        String get(int p) {
            if (runnext[p] != null) {
                int g = runnext[p];
                runnext[p] = null;
                return g + " inherit";
            }
            Integer g = rings.get(p).pollFirst();
            return g == null ? "nil" : g.toString();
        }

        Integer steal(int thief, int victim, boolean stealRunnext) {
            ArrayDeque<Integer> from = rings.get(victim), to = rings.get(thief);
            int n = from.size() - from.size() / 2;
            if (n == 0) {
                if (!stealRunnext || runnext[victim] == null) return null;
                int g = runnext[victim];
                runnext[victim] = null;
                return g;
            }
            for (int i = 0; i < n - 1; i++) to.addLast(from.pollFirst());
            return from.pollFirst();
        }

        Integer globrunqget(int p, int procs, int max) {
            int n = Math.min(global.size(), global.size() / procs + 1);
            if (max > 0) n = Math.min(n, max);
            n = Math.min(n, 128);
            if (n == 0) return null;
            Integer first = global.pollFirst();
            for (int i = 1; i < n; i++) put(p, global.pollFirst(), false);
            return first;
        }
    }

    /** The system under test: the same two Ps and global queue. */
    static final class Real {
        final List<LocalRunQueue<Integer>> ps = List.of(new LocalRunQueue<>(), new LocalRunQueue<>());
        final GlobalRunQueue<Integer> global = new GlobalRunQueue<>();

        String get(int p) {
            Next<Integer> n = ps.get(p).get();
            return n == null ? "nil" : n.g() + (n.inheritTime() ? " inherit" : "");
        }
    }

    @Test
    @DisplayName("RT-03.A1 Q: do runnext, the 256-slot ring, its spill, steal-half and the global batch behave as proc.go says, step by step?")
    void everyStepMatchesTheReferenceModel() {
        qt().withFixedSeed(SEED).withExamples(EXAMPLES)
                .forAll(lists().of(integers().between(0, 99)).ofSizeBetween(1, 120))
                .checkAssert(LocalRunQueuePropertiesTest::replay);
    }

    /** Codes → steps: most are puts so that rings fill up, spill and get stolen from. */
    private static void replay(List<Integer> codes) {
        Model model = new Model();
        Real real = new Real();
        List<String> program = new ArrayList<>();
        int nextG = 1;
        for (int code : codes) {
            int p = code % 2, other = 1 - p;
            String step;
            Object want, got;
            if (code < 40) {
                int g = nextG++;
                boolean next = code >= 30;
                step = "P" + p + ": runqput(G" + g + ", next=" + next + ")";
                want = model.put(p, g, next);
                got = real.ps.get(p).put(g, next, real.global);
            } else if (code < 50) {                              // a burst: `for range 100 { go f() }` fills the ring
                step = "P" + p + ": 100 × runqput";
                boolean w = false, r = false;
                for (int i = 0; i < 100; i++, nextG++) {
                    w |= model.put(p, nextG, false);
                    r |= real.ps.get(p).put(nextG, false, real.global);
                }
                want = w;
                got = r;
            } else if (code < 75 || real.ps.get(p).ringSize() > 0) {  // findRunnable steals only with an empty ring
                step = "P" + p + ": runqget()";
                want = model.get(p);
                got = real.get(p);
            } else if (code < 90) {
                boolean stealRunnext = code >= 85;
                step = "P" + p + ": runqsteal(P" + other + ", stealRunNextG=" + stealRunnext + ")";
                want = model.steal(p, other, stealRunnext);
                got = real.ps.get(p).stealFrom(real.ps.get(other), stealRunnext, false);
            } else {
                int procs = 1 + code % 4, max = code >= 95 ? 1 : 0;
                step = "P" + p + ": globrunqget(GOMAXPROCS=" + procs + ", max=" + max + ")";
                want = model.globrunqget(p, procs, max);
                got = real.global.get(real.ps.get(p), procs, max);
            }
            program.add(step);
            String where = String.join("\n", program);
            assertThat(got).as("result of the last step of\n%s", where).isEqualTo(want);
            for (int q = 0; q < 2; q++) {
                assertThat(real.ps.get(q).ring()).as("P%d ring after\n%s", q, where).containsExactlyElementsOf(model.rings.get(q));
                assertThat(real.ps.get(q).runnext()).as("P%d runnext after\n%s", q, where).isEqualTo(model.runnext[q]);
                assertThat(real.ps.get(q).ringSize()).as("PROC-I1").isBetween(0, 256);
            }
            assertThat(real.global.snapshot()).as("global queue after\n%s", where).containsExactlyElementsOf(model.global);
            assertThat(real.global.size()).isEqualTo(model.global.size());
        }
    }
}
