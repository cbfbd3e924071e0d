package dev.golab.lab.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/*
 * The table from a JMH row to its Go twin in benchmarks/go (same scenario as `go test -bench`).
 * Go names drop "Benchmark" and the -GOMAXPROCS suffix: "ChanProdCons/cap=16/workers=4".
 *
 * `factor` turns Go's ns/op into ns per *JMH* op, so the two columns measure the same unit of work:
 *   - 1e-6 where Go's op is the whole 10^6-element loop and JMH's is one element
 *     (@OperationsPerInvocation(N)): Append, Map insert/lookup;
 *   - 2 where Go divides wall time by the operations of 2 goroutines and JMH's @Threads(2) average is
 *     per thread: MutexContended2, LimiterAllowContended2 (MutexVsChannel runs its 2 workers as
 *     goroutines and divides wall time by all their operations, as Go does: factor 1);
 *   - 0.01 for GoSpawn's PLATFORM row, which spawns 10^4 threads per op instead of 10^6.
 * Rows that measure a JVM baseline map to the same Go row as the model they stand beside (the
 * JDK's CompletableFuture beside golab's context), so a scenario groups all of them.
 * No twin: gc.* (simulator models), runtime.ErrorValue, sync.Pool.
 */
public final class GoTwins {
    /** Go benchmark name (without "Benchmark") and the factor from Go ns/op to ns per JMH op. */
    public record Twin(String goName, double factor) {
        /** The top-level Go function name, for `-bench '^(...)$'`. */
        public String topLevel() {
            int slash = goName.indexOf('/');
            return slash < 0 ? goName : goName.substring(0, slash);
        }
    }

    private static final Map<String, Function<Map<String, String>, Twin>> TABLE = new LinkedHashMap<>();

    private static void put(String classAndMethod, Function<Map<String, String>, Twin> f) {
        TABLE.put(classAndMethod, f);
    }

    private static void put(String classAndMethod, String goName, double factor) {
        TABLE.put(classAndMethod, p -> new Twin(goName, factor));
    }

    static {
        put("runtime.GoSpawnBenchmark.spawnJoin1M",
                p -> new Twin("GoSpawn", "PLATFORM".equals(p.get("variant")) ? 0.01 : 1));
        put("runtime.ContRuntimeBenchmark.pingPongRoundTrip", "ChanPingPong", 1);   // engines' hand-off vs Go's channel round trip
        put("runtime.ContRuntimeBenchmark.spawnJoin1M", "GoSpawn", 1);
        put("runtime.ContRuntimeBenchmark.skynetJoin1M", "Skynet1M", 1);
        put("runtime.CacheLineBenchmark.roundTrip", "CacheLineRoundTrip", 1);   // the machine's floor, same exchange
        put("runtime.BoxingBenchmark.fill", p -> new Twin("Boxing/variant="     // both JVM forms of []User
                + (String.valueOf(p.get("variant")).startsWith("CONCRETE") ? "CONCRETE" : p.get("variant")), 1));
        put("runtime.DeferBenchmark.func", p -> new Twin("Defer/defers=" + p.get("defers"), 1));
        put("runtime.DeferBenchmark.tryFinally", p -> new Twin("Defer/defers=" + p.get("defers"), 1));
        put("sync.MutexBenchmark.uncontended", "MutexUncontended", 1);
        put("sync.MutexBenchmark.contended2", "MutexContended2", 2);
        for (String m : new String[] {"mutex", "channel", "atomic"}) {
            put("sync.MutexVsChannelBenchmark." + m, "MutexVsChannel/" + m, 1);
        }
        put("chan.ChanSyncBenchmark.oneWay", "ChanSync", 1);
        put("chan.ChanPingPongBenchmark.roundTrip", "ChanPingPong", 1);
        put("sched.CarrierPingPongBenchmark.roundTrip", "ChanPingPong", 1);
        put("chan.ChanProdConsBenchmark.prodCons", p -> prodCons(p.get("cap"), p.get("workers")));
        put("chan.ChanBufferedBarBenchmark.spsc", p -> prodCons(p.get("cap"), "1"));
        put("chan.ChanBufferedBarBenchmark.mpmc", p -> prodCons(p.get("cap"), p.get("workers")));
        put("sched.CarrierProdConsBenchmark.spsc", p -> prodCons(p.get("cap"), "1"));
        put("chan.SelectUncontendedBenchmark.twoReadyBufferedRefill", "SelectUncontendedRefill", 1);
        put("chan.SelectUncontendedBenchmark.twoReadyClosed", "SelectUncontendedClosed", 1);
        put("chan.SelectPingPongBenchmark.roundTrip", "SelectPingPong", 1);
        put("chan.ChanCloseBenchmark.makeAndClose", "ChanClose", 1);
        put("sched.SkynetBenchmark.skynet1M", "Skynet1M", 1);
        put("sched.SkynetBenchmark.skynet1MGo", "Skynet1M", 1);
        put("collections.AppendBenchmark.append1e6Ints", "Append1e6Ints", 1e-6);
        put("collections.MapBenchmark.mapInsert1e6", "MapInsert1e6", 1e-6);
        put("collections.MapBenchmark.mapLookup1e6", p -> new Twin("MapLookup1e6/order=" + p.get("order"), 1e-6));
        put("collections.StringConcatBenchmark.concat", p -> new Twin("StringConcat/variant="
                + (String.valueOf(p.get("variant")).endsWith("PLUS") ? "PLUS" : "BUILDER") + "/n=" + p.get("n"), 1));
        put("xsync.ContextBenchmark.golabWithCancelThenCancel", "ContextWithCancelThenCancel", 1);
        put("xsync.ContextBenchmark.jdkDependentFutureThenComplete", "ContextWithCancelThenCancel", 1);
        put("xsync.ContextBenchmark.golabDoneCheckSelectDefault", "ContextDoneCheckSelectDefault", 1);
        put("xsync.ContextBenchmark.golabErrCheck", "ContextErrCheck", 1);
        put("xsync.ContextBenchmark.jdkFutureIsDone", "ContextErrCheck", 1);
        put("xsync.SingleFlightBenchmark.herd", p -> new Twin("SingleFlightHerd/callers=" + p.get("callers"), 1));
        put("xsync.LimiterBenchmark.golabAllowUncontended", "LimiterAllowUncontended", 1);
        put("xsync.LimiterBenchmark.golabAllowContended2", "LimiterAllowContended2", 2);
        put("xsync.LimiterBenchmark.jdkSemaphoreTryAcquireContended2", "LimiterAllowContended2", 2);
        for (String m : new String[] {"golabErrGroup", "golabErrGroupWithContext", "jdkVirtualExecutorInvokeAll"}) {
            put("xsync.ErrGroupBenchmark." + m, p -> new Twin("ErrGroup/tasks=" + p.get("tasks"), 1));
        }
    }

    private static Twin prodCons(String cap, String workers) {
        return new Twin("ChanProdCons/cap=" + cap + "/workers=" + workers, 1);
    }

    private GoTwins() {
    }

    /**
     * The twin of a JMH benchmark.
     * @param benchmark the JMH username, e.g. dev.golab.bench.chan.ChanSyncBenchmark.oneWay
     */
    public static Optional<Twin> of(String benchmark, Map<String, String> params) {
        Function<Map<String, String>, Twin> f = TABLE.get(scenarioName(benchmark));
        return f == null ? Optional.empty() : Optional.of(f.apply(params));
    }

    /** True when the class.method has a Go twin at all (whatever its params). */
    public static boolean has(String benchmark) {
        return TABLE.containsKey(scenarioName(benchmark));
    }

    /**
     * The short name with a JVM-baseline method's "Jvm" suffix dropped: "chan.ChanSyncBenchmark.oneWayJvm"
     * -> "chan.ChanSyncBenchmark.oneWay". The baselines run on JDK threads whatever the `runtime` @Param,
     * so they sit in their own method (bench.common.OnRuntime) but measure the same scenario.
     */
    public static String scenarioName(String benchmark) {
        String s = shortName(benchmark);
        return s.endsWith("Jvm") ? s.substring(0, s.length() - 3) : s;
    }

    /** "dev.golab.bench.chan.ChanSyncBenchmark.oneWay" -> "chan.ChanSyncBenchmark.oneWay". */
    public static String shortName(String benchmark) {
        String prefix = "dev.golab.bench.";
        return benchmark.startsWith(prefix) ? benchmark.substring(prefix.length()) : benchmark;
    }
}
