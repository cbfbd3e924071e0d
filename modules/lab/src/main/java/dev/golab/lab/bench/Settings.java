package dev.golab.lab.bench;

/*
 * How long `golab bench` measures: JMH forks / warm-up / measurement, and the Go twin's -benchtime and
 * -count (Go's -count plays JMH's forks: each count is a fresh measurement, and min-max over them is
 * the run-to-run spread). Quick still uses 2 forks, so the bimodality flag (fork max/min > 1.5) and
 * `bench compare` have two samples to look at.
 */
public record Settings(String mode, int forks, int warmupIterations, int warmupMillis, int iterations, int iterationMillis,
                       String goBenchtime, int goCount) {

    public static Settings quick() {
        return new Settings("quick", 2, 1, 300, 2, 300, "200ms", 2);
    }

    public static Settings standard() {
        return new Settings("standard", 2, 2, 1000, 3, 1000, "1s", 3);
    }

    public static Settings full() {
        return new Settings("full", 3, 2, 1000, 4, 1000, "1s", 5);
    }

    /** One fork, one short iteration: the pipeline test's mode (never for numbers anyone reads). */
    public static Settings tiny() {
        return new Settings("tiny", 1, 0, 0, 1, 50, "1x", 1);
    }

    /** Rough seconds one benchmark row takes (JVM start + warm-up + measurement, per fork). */
    public double secondsPerRow() {
        return forks * (1.5 + (warmupIterations * warmupMillis + iterations * iterationMillis) / 1000.0);
    }

    /** The line the report header prints. */
    public String describe() {
        return String.format("%s: JMH -f %d -wi %d -w %dms -i %d -r %dms; Go -benchtime %s -count %d",
                mode, forks, warmupIterations, warmupMillis, iterations, iterationMillis, goBenchtime, goCount);
    }
}
