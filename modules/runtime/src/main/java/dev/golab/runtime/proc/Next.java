package dev.golab.runtime.proc;

/**
 * What runqget returns in Go: {@code (gp *g, inheritTime bool)}. {@code inheritTime} is true when the
 * G came from runnext: it runs in the current time slice (schedtick is not bumped), which is why a
 * ping-pong pair sharing runnext cannot starve the rest of the queue for longer than one slice
 * (runtime/proc.go runqget, execute; Go 1.23).
 */
public record Next<T>(T g, boolean inheritTime) {}
