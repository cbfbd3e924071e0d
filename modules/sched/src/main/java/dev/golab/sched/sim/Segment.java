package dev.golab.sched.sim;

/** A stretch of time P {@code p} spent running G {@code g} (or holding it in a syscall): one bar of the lane chart. */
public record Segment(int p, int g, long start, long end, String how) {
    public long length() {
        return end - start;
    }
}
