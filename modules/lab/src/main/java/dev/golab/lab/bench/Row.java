package dev.golab.lab.bench;

import java.util.List;
import java.util.Map;

/**
 * One row of results.json (the schema other tools read): a JMH benchmark with its params, the score
 * and its min-max over forks, and the Go twin beside it. Times are ns per JMH op ("ns/op"); a
 * throughput benchmark keeps its own unit and has no Go column.
 *
 * @param benchmark      JMH class, e.g. dev.golab.bench.chan.ChanSyncBenchmark
 * @param method         JMH method, e.g. oneWay
 * @param score          mean over forks
 * @param min            lowest fork score
 * @param max            highest fork score
 * @param forks          number of forks measured
 * @param goBenchmark    Go twin's name in benchmarks/go (without "Benchmark"), or null
 * @param goNsPerOp      Go's ns/op converted to the JMH op (see GoTwins), or null when Go did not run
 * @param ratioToGo      score / goNsPerOp (above 1: slower than Go), or null
 * @param bimodal        fork max / min > 1.5
 * @param module         the benchmark package (chan, sync, ...)
 * @param model          what is measured, "module.VARIANT" or "module.method"
 * @param scenario       the group the report puts the row in: the Go twin, else class.method + params
 * @param jvmBaseline    true for a JDK or third-party JVM baseline, false for a golab model
 * @param ratioToBestJvm score / the best JVM baseline of the scenario (time-like), or null
 */
public record Row(String benchmark, String method, Map<String, String> params, double score, double min, double max,
                  int forks, String unit, String goBenchmark, Double goNsPerOp, Double goMin, Double goMax,
                  Double ratioToGo, boolean bimodal, String module, String model, String scenario,
                  boolean jvmBaseline, Double ratioToBestJvm, List<Double> forkScores) {

    /** package.Class.method, the key `bench compare` matches rows by (with the params). */
    public String key() {
        return benchmark + "." + method + (params.isEmpty() ? "" : " " + new java.util.TreeMap<>(params));
    }

    /** Lower is better for time units; throughput (ops/time) is the other way round. */
    public boolean timeLike() {
        return unit.endsWith("/op");
    }
}
