package dev.golab.bench.collections;

/*
 * Question:  how fast are insert and lookup of 1e6 int keys in Go 1.23's bucket map, Go 1.24's Swiss
 *            table, and java.util.HashMap?
 * Expect:    Go 1.23.5 (same VM): MapInsert1e6 169 ns/insert (not presized: ~17 doublings with
 *            incremental evacuation), MapLookup1e6 55 ns/lookup. HashMap is the JDK baseline; all three
 *            variants use the same pre-boxed Integer keys, so boxing is outside the measurement. At 1e6 keys
 *            every variant is bound by cache misses, not arithmetic: BucketMap touches tophash[b] and the
 *            64-byte key/elem run of bucket b (two flat arrays, addresses known from b, so the misses
 *            overlap); SwissMap goes directory -> table -> (ctrl word + first slot of the group), one or two
 *            dependent hops more, because each of its ~2000 tables is its own pair of arrays (as in Go).
 *            Go's bet that Swiss wins rests on the group being ONE block; Java splits it (see SwissTable).
 * Trap:      lookups walk keys in insertion order 0..1e6-1 like Go's benchmark; that order is
 *            cache-friendly for HashMap (Integer.hashCode is the identity, nodes were allocated in key
 *            order) but not for the seeded models, whose hash scatters keys like Go's. order=SHUFFLED
 *            looks the same keys up in a fixed random order, which takes that locality away from HashMap.
 * Run:       java -jar benchmarks/target/benchmarks.jar MapBenchmark -f 1 -wi 2 -w 1s -i 3 -r 1s
 */
import dev.golab.maps.GoMap;
import java.util.HashMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MapBenchmark {
    static final int N = 1_000_000;
    static final Integer[] KEYS = new Integer[N];

    static {
        for (int i = 0; i < N; i++) KEYS[i] = i;
    }

    /** A minimal common face over the three maps. */
    interface IntMap {
        void put(Integer k, Integer v);

        Integer get(Integer k);
    }

    public enum Variant {
        /** golab maps.Bucket: Go <= 1.23 buckets + overflow + incremental evacuation. */
        GO_BUCKET {
            @Override
            IntMap make() {
                GoMap<Integer, Integer> m = GoMap.make();
                return new IntMap() {
                    public void put(Integer k, Integer v) { m.put(k, v); }
                    public Integer get(Integer k) { return m.get(k); }
                };
            }
        },
        /** golab maps.Swiss: Go 1.24+ Swiss tables. */
        GO_SWISS {
            @Override
            IntMap make() {
                GoMap<Integer, Integer> m = GoMap.swiss(0);
                return new IntMap() {
                    public void put(Integer k, Integer v) { m.put(k, v); }
                    public Integer get(Integer k) { return m.get(k); }
                };
            }
        },
        /** JDK baseline. */
        HASH_MAP {
            @Override
            IntMap make() {
                HashMap<Integer, Integer> m = new HashMap<>();
                return new IntMap() {
                    public void put(Integer k, Integer v) { m.put(k, v); }
                    public Integer get(Integer k) { return m.get(k); }
                };
            }
        };

        abstract IntMap make();
    }

    @Param
    public Variant variant;

    /**
     * The lookup side: its own state, so that {@code order} is a param of mapLookup1e6 only. As a field
     * of the outer class it multiplied mapInsert1e6, which never reads it, into two identical runs that
     * the report then showed as duplicate rows (the 2026-12-06 run has them).
     */
    @State(Scope.Benchmark)
    public static class Lookup {
        /** Lookup order: Go's benchmark order, or a fixed permutation of it. */
        @Param({"SEQUENTIAL", "SHUFFLED"})
        public String order;

        IntMap prebuilt;
        Integer[] keys;

        @Setup(Level.Trial)
        public void build(MapBenchmark bench) {
            keys = KEYS.clone();
            if (order.equals("SHUFFLED")) java.util.Collections.shuffle(java.util.Arrays.asList(keys), new java.util.Random(42));
            prebuilt = bench.variant.make();
            for (int j = 0; j < N; j++) prebuilt.put(KEYS[j], KEYS[j]);
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public Object mapInsert1e6() {
        IntMap m = variant.make();
        for (int j = 0; j < N; j++) m.put(KEYS[j], KEYS[j]);
        return m;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public long mapLookup1e6(Lookup l) {
        long s = 0;
        IntMap m = l.prebuilt;
        Integer[] keys = l.keys;
        for (int j = 0; j < N; j++) s += m.get(keys[j]);
        return s;
    }

    @Benchmark
    public void baseline() {
        // empty: the harness cost
    }
}
