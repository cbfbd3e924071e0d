package dev.golab.sched;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PERF-05 (GOMAXPROCS parts): the container-aware default of Go 1.25+. */
class GomaxprocsAnswersTest {
    private static final long PERIOD = 100_000;                      // CFS period, µs

    @ParameterizedTest(name = "{0} CPUs, quota {1}/{2} → GOMAXPROCS {3} (automaxprocs: {4})")
    @CsvSource({
            "8, -1,     100000, 8, 8",      // no limit: the CPU count
            "8, 100000, 100000, 2, 1",      // cpu: 1000m → 2 in Go 1.25+ (the seed's "1" is automaxprocs)
            "8, 50000,  100000, 2, 1",      // 500m → 2
            "8, 150000, 100000, 2, 1",      // 1500m → ceil 2
            "8, 250000, 100000, 3, 2",      // 2500m → ceil 3
            "8, 400000, 100000, 4, 4",
            "1, 100000, 100000, 1, 1",      // one CPU: min(1, 2) = 1
            "4, 1000000, 100000, 4, 4",     // limit above the CPUs: the CPUs
            "2, -1,     100000, 2, 2"})
    @DisplayName("PERF-05.01 Q: what is the default GOMAXPROCS in a container? (min(cpus, max(2, ceil(quota/period))))")
    void defaultIsMinOfCpusAndTheCeiledQuotaWithAFloorOfTwo(int cpus, long quota, long period, int expected, int automaxprocs) {
        assertThat(Gomaxprocs.defaultFor(cpus, quota, period)).isEqualTo(expected);
        assertThat(Gomaxprocs.automaxprocs(cpus, quota, period)).isEqualTo(automaxprocs);
    }

    @Test
    @DisplayName("PERF-05.01 prop: the default equals the reference formula over a grid of CPUs and quotas, stays within [1, cpus] and grows with the quota")
    void defaultMatchesTheReferenceFormulaOverAGrid() {
        qt().withFixedSeed(20261127L).withExamples(500)
                .forAll(integers().between(1, 256), integers().between(1, 64_000))
                .checkAssert((cpus, millicores) -> {
                    long quota = millicores * PERIOD / 1000;
                    int reference = (int) Math.min(cpus, Math.max(2, Math.ceil(quota / (double) PERIOD)));
                    int got = Gomaxprocs.defaultFor(cpus, quota, PERIOD);
                    assertThat(got).as("cpus=%d cpu=%dm", cpus, millicores).isEqualTo(reference).isBetween(1, cpus);
                    assertThat(Gomaxprocs.defaultFor(cpus, quota + PERIOD, PERIOD)).isGreaterThanOrEqualTo(got);
                });
    }

    @Test
    @DisplayName("PERF-05.01 Q: does setting GOMAXPROCS explicitly stop the periodic update? (yes — call or env var; SetDefaultGOMAXPROCS re-enables it)")
    void explicitSettingDisablesThePeriodicUpdate() {
        Gomaxprocs auto = new Gomaxprocs(8, 200_000, PERIOD, null);
        assertThat(auto.get()).isEqualTo(2);
        assertThat(auto.periodicUpdate(8, 600_000, PERIOD)).isTrue();      // the limit was raised to 6 CPUs
        assertThat(auto.get()).isEqualTo(6);

        assertThat(auto.set(3)).isEqualTo(6);                              // runtime.GOMAXPROCS(3) returns the previous
        assertThat(auto.periodicUpdate(8, 100_000, PERIOD)).isFalse();
        assertThat(auto.get()).isEqualTo(3);
        assertThat(auto.set(0)).as("GOMAXPROCS(0) only queries").isEqualTo(3);

        Gomaxprocs env = new Gomaxprocs(8, 200_000, PERIOD, "5");          // GOMAXPROCS=5 in the environment
        assertThat(env.get()).isEqualTo(5);
        assertThat(env.periodicUpdate(8, 700_000, PERIOD)).isFalse();

        env.setDefault(8, 700_000, PERIOD);                                 // runtime.SetDefaultGOMAXPROCS()
        assertThat(env.get()).isEqualTo(7);
        assertThat(env.periodicUpdate(8, 300_000, PERIOD)).isTrue();
        assertThat(env.get()).isEqualTo(3);
    }
}
