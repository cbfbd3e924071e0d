package dev.golab.lab.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/*
 * From measured samples (JMH forks, Go counts) to report rows:
 *   1. convert every time score to ns per JMH op (ms/op x 1e6, us/op x 1e3);
 *   2. find the Go twin (GoTwins) and convert its ns/op to the same op;
 *   3. group rows into scenarios (the Go twin's name, else class.method + the non-model params);
 *   4. within a scenario, divide by the best JVM baseline (JDK, jox, JCTools ...);
 *   5. flag a row bimodal when its slowest fork is more than 1.5x its fastest (two JIT outcomes, or
 *      a neighbour on the box: either way, do not trust the mean alone);
 *   6. two rows of one scenario with the same model label (a param that is neither the model nor
 *      part of the twin's name) get the params that tell them apart appended, so no row hides another.
 */
public final class Analysis {
    /** Above this fork max/min ratio a row is flagged bimodal. */
    public static final double BIMODAL = 1.5;

    /** @Params that name what is measured (the model), not the workload. */
    static final List<String> MODEL_PARAMS = List.of("variant", "carrier");

    /** Model labels that are JVM baselines (JDK, third-party, plain Java) rather than golab models. */
    static final Pattern JVM_BASELINE = Pattern.compile("JDK_.*|JAVA_.*|JOX|JCTOOLS_.*|REENTRANT_LOCK|SYNCHRONIZED|ATOMIC"
            + "|NEW_ALLOCATION|CLQ_POOL|FUTURE_MAP|ARRAY_LIST|INT_ARRAY_DOUBLING|HASH_MAP|VIRTUAL|PLATFORM|FJP"
            + "|jdk.*|tryFinally|atomic|throw.*");

    private Analysis() {
    }

    /** Rows in input order; goNsPerOp stays null when go is null or lacks the twin. */
    public static List<Row> rows(List<Sample> samples, GoResults go) {
        return rows(samples, go, Map.of());
    }

    /**
     * As above, for an interleaved run: a row's Go values come from the bracket run beside its own
     * JMH class ({@code byClass}, keyed by the class's full name) when that bracket has the twin, so
     * two classes sharing a twin (chan and runtime ping-pong) are each compared with their own minutes.
     */
    public static List<Row> rows(List<Sample> samples, GoResults go, Map<String, GoResults> byClass) {
        List<Row> draft = new ArrayList<>();
        for (Sample s : samples) draft.add(row(s, goFor(s.benchmark(), s.params(), go, byClass)));
        Map<String, Double> bestJvm = new HashMap<>();
        for (Row r : draft) {
            if (r.jvmBaseline()) bestJvm.merge(r.scenario() + "|" + r.unit(), r.score(), r.timeLike() ? Math::min : Math::max);
        }
        List<Row> out = new ArrayList<>();
        for (Row r : draft) {
            Double best = bestJvm.get(r.scenario() + "|" + r.unit());
            Double ratio = best == null || best <= 0 || r.score() <= 0 ? null : r.timeLike() ? r.score() / best : best / r.score();
            out.add(new Row(r.benchmark(), r.method(), r.params(), r.score(), r.min(), r.max(), r.forks(), r.unit(),
                    r.goBenchmark(), r.goNsPerOp(), r.goMin(), r.goMax(), r.ratioToGo(), r.bimodal(), r.module(),
                    r.model(), r.scenario(), r.jvmBaseline(), ratio, r.forkScores()));
        }
        return distinctModels(out);
    }

    /** The Go results a benchmark's row compares with: its class's bracket, else the whole run's. */
    static GoResults goFor(String benchmark, Map<String, String> params, GoResults go, Map<String, GoResults> byClass) {
        GoResults own = byClass.get(Interleave.className(benchmark));
        if (own == null) return go;
        return GoTwins.of(benchmark, params).map(t -> own.nsPerOp(t.goName()).isEmpty() ? go : own).orElse(go);
    }

    /** Step 6: "collections.GO_SWISS" twice in MapInsert1e6 becomes "... (order=SEQUENTIAL)" and "(order=SHUFFLED)". */
    static List<Row> distinctModels(List<Row> rows) {
        Map<String, List<Row>> same = new HashMap<>();
        for (Row r : rows) same.computeIfAbsent(r.scenario() + "|" + r.model(), k -> new ArrayList<>()).add(r);
        List<Row> out = new ArrayList<>();
        for (Row r : rows) {
            List<Row> group = same.get(r.scenario() + "|" + r.model());
            if (group.size() == 1) {
                out.add(r);
                continue;
            }
            String differing = new TreeMap<>(r.params()).entrySet().stream()
                    .filter(e -> group.stream().anyMatch(o -> !e.getValue().equals(o.params().get(e.getKey()))))
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
            String model = differing.isEmpty() ? r.model() : r.model() + " (" + differing + ")";
            out.add(new Row(r.benchmark(), r.method(), r.params(), r.score(), r.min(), r.max(), r.forks(), r.unit(),
                    r.goBenchmark(), r.goNsPerOp(), r.goMin(), r.goMax(), r.ratioToGo(), r.bimodal(), r.module(),
                    model, r.scenario(), r.jvmBaseline(), r.ratioToBestJvm(), r.forkScores()));
        }
        return out;
    }

    static Row row(Sample s, GoResults go) {
        String username = s.benchmark();
        int dot = username.lastIndexOf('.');
        String clazz = username.substring(0, dot), method = username.substring(dot + 1);
        String shortName = GoTwins.shortName(username);
        String module = shortName.contains(".") ? shortName.substring(0, shortName.indexOf('.')) : "";
        double toNs = nanosPer(s.unit());
        boolean time = toNs > 0;
        List<Double> forks = s.forkScores().stream().map(v -> time ? v * toNs : v).toList();
        double mean = forks.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        double min = forks.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        double max = forks.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        String unit = time ? "ns/op" : s.unit();

        String label = MODEL_PARAMS.stream().map(s.params()::get).filter(v -> v != null).findFirst().orElse(method);
        String runtime = s.params().get("runtime");
        String model = module + "." + label + (runtime == null ? "" : "[" + runtime + "]");
        boolean jvm = JVM_BASELINE.matcher(label).matches();

        GoTwins.Twin twin = time ? GoTwins.of(username, s.params()).orElse(null) : null;
        String scenarioName = GoTwins.scenarioName(username);
        String scenario = twin != null ? twin.goName() : scenarioName.substring(scenarioName.indexOf('.') + 1) + workload(s.params());
        Double goNs = null, goMin = null, goMax = null, ratio = null;
        if (twin != null && go != null) {
            List<Double> g = go.nsPerOp(twin.goName());
            if (!g.isEmpty()) {
                goNs = g.stream().mapToDouble(Double::doubleValue).average().orElseThrow() * twin.factor();
                goMin = g.stream().mapToDouble(Double::doubleValue).min().orElseThrow() * twin.factor();
                goMax = g.stream().mapToDouble(Double::doubleValue).max().orElseThrow() * twin.factor();
                ratio = mean / goNs;
            }
        }
        boolean bimodal = forks.size() >= 2 && min > 0 && max / min > BIMODAL;
        return new Row(clazz, method, s.params(), mean, min, max, forks.size(), unit, twin == null ? null : twin.goName(),
                goNs, goMin, goMax, ratio, bimodal, module, model, scenario, jvm, null, forks);
    }

    /** " cap=16 workers=4": the params that are not the model, sorted. */
    static String workload(Map<String, String> params) {
        String w = new TreeMap<>(params).entrySet().stream().filter(e -> !MODEL_PARAMS.contains(e.getKey()) && !e.getKey().equals("runtime"))
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
        return w.isEmpty() ? "" : " " + w;
    }

    /** Nanoseconds per one unit of a JMH time score, or -1 for a throughput unit. */
    static double nanosPer(String unit) {
        return switch (unit) {
            case "ns/op" -> 1;
            case "us/op" -> 1e3;
            case "ms/op" -> 1e6;
            case "s/op" -> 1e9;
            default -> -1;
        };
    }

    /**
     * Rows grouped by scenario (first-seen order), each scenario filed under the module of its first
     * row, so a Go twin measured from two packages (chan and sched ping-pong) stays one table.
     */
    public static Map<String, Map<String, List<Row>>> byModuleAndScenario(List<Row> rows) {
        Map<String, List<Row>> scenarios = new java.util.LinkedHashMap<>();
        for (Row r : rows) scenarios.computeIfAbsent(r.scenario(), k -> new ArrayList<>()).add(r);
        Map<String, Map<String, List<Row>>> out = new java.util.LinkedHashMap<>();
        scenarios.forEach((name, list) -> out.computeIfAbsent(list.get(0).module(), k -> new java.util.LinkedHashMap<>())
                .put(name, list));
        return out;
    }

    /** The fastest golab (non-baseline) row of a scenario, if any. */
    public static java.util.Optional<Row> bestGolab(List<Row> scenario) {
        return scenario.stream().filter(r -> !r.jvmBaseline() && r.timeLike()).min(Comparator.comparingDouble(Row::score));
    }

    /** The fastest JVM baseline row of a scenario, if any. */
    public static java.util.Optional<Row> bestJvm(List<Row> scenario) {
        return scenario.stream().filter(r -> r.jvmBaseline() && r.timeLike()).min(Comparator.comparingDouble(Row::score));
    }
}
