package dev.golab.sched;

/*
 * Go behaviour:    Go 1.25+: the default GOMAXPROCS is min(CPUs in the affinity mask,
 *                  max(2, ceil(cgroup quota / period))) — no cgroup limit: the CPU count. The runtime
 *                  re-evaluates it periodically (sysmon) and applies changes, unless GOMAXPROCS was
 *                  set explicitly (environment variable or runtime.GOMAXPROCS(n)) or
 *                  GODEBUG=updatemaxprocs=0; runtime.SetDefaultGOMAXPROCS() returns to the default
 *                  and re-enables the updates (runtime/proc.go defaultGOMAXPROCS, sysmonUpdateGOMAXPROCS;
 *                  Go 1.25). Go ≤ 1.24 used the CPU count only; uber-go/automaxprocs rounds the quota
 *                  DOWN with a minimum of 1.
 * Model:           defaultFor() is the pure function; an instance is one process's setting with the
 *                  explicit flag that freezes it.
 * Invariants:      SCHED-I15 1 ≤ default ≤ cpus. SCHED-I16 the default is monotone in the quota.
 *                  SCHED-I17 after an
 *                  explicit set, periodicUpdate() never changes the value.
 * Differs from Go: cgroup v1/v2 parsing is out of scope: quota and period come in as numbers.
 * See:             GomaxprocsAnswersTest (PERF-05.01).
 */
public final class Gomaxprocs {
    private int value;
    private boolean explicit;

    /** The process start: the environment variable GOMAXPROCS (null if unset) wins and counts as explicit. */
    public Gomaxprocs(int cpus, long quota, long period, String env) {
        Integer fromEnv = parse(env);
        this.explicit = fromEnv != null;
        this.value = explicit ? fromEnv : defaultFor(cpus, quota, period);
    }

    /** Go 1.25's default for {@code cpus} in the affinity mask and a CFS quota/period (quota ≤ 0: no limit). */
    public static int defaultFor(int cpus, long quota, long period) {
        int procs = cpus;
        if (quota > 0 && period > 0) {
            long limit = Math.max(2, (quota + period - 1) / period);          // ceil, then at least 2
            if (limit < procs) procs = (int) limit;
        }
        return procs;
    }

    /** uber-go/automaxprocs (what the seed describes): floor(quota/period), at least 1. */
    public static int automaxprocs(int cpus, long quota, long period) {
        if (quota <= 0 || period <= 0) return cpus;
        return (int) Math.max(1, Math.min(cpus, quota / period));
    }

    /** runtime.GOMAXPROCS(n): n ≥ 1 sets (and disables the periodic update); returns the previous value. */
    public int set(int n) {
        int previous = value;
        if (n >= 1) {
            value = n;
            explicit = true;
        }
        return previous;
    }

    public int get() {
        return value;
    }

    /** runtime.SetDefaultGOMAXPROCS (Go 1.25): back to the default, periodic updates on again. */
    public void setDefault(int cpus, long quota, long period) {
        explicit = false;
        value = defaultFor(cpus, quota, period);
    }

    /** sysmon's periodic re-evaluation (about once a second): a new CPU limit applies unless set explicitly. */
    public boolean periodicUpdate(int cpus, long quota, long period) {
        if (explicit) return false;
        int next = defaultFor(cpus, quota, period);
        boolean changed = next != value;
        value = next;
        return changed;
    }

    private static Integer parse(String env) {
        if (env == null) return null;
        try {
            int n = Integer.parseInt(env.trim());
            return n > 0 ? n : null;
        } catch (NumberFormatException e) {
            return null;                                                       // Go ignores a malformed value
        }
    }
}
