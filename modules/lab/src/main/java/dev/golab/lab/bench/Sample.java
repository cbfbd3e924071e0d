package dev.golab.lab.bench;

import java.util.List;
import java.util.Map;

/**
 * One JMH benchmark row as measured: the JMH username (package.Class.method), its @Param values, the
 * mode ("avgt", "thrpt"), the score unit, and one score per fork (the mean of that fork's measurement
 * iterations). Per-fork scores are what the bimodality flag and `bench compare` look at.
 */
public record Sample(String benchmark, Map<String, String> params, String mode, String unit, List<Double> forkScores) {
    public Sample {
        params = Map.copyOf(params);
        forkScores = List.copyOf(forkScores);
    }
}
