package dev.golab.runtime;

/**
 * A group of goroutines that share a clock and are checked together, such as testkit's synctest
 * bubble (Go 1.24's testing/synctest). Go.go copies the bubble from parent to child; a thread bound
 * with {@link Clock#runWith(Clock, Bubble, java.util.concurrent.Callable)} hands it to the goroutines
 * it starts. The runtime only carries it; what a bubble checks is up to its owner.
 */
public interface Bubble {
    /** The clock every member of the bubble reads. */
    Clock clock();
}
