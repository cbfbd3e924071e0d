/**
 * Goroutine stack models (RT-05).
 *
 * <p><b>Go source modelled:</b> runtime/stack.go (Go 1.23.5): stackMin 2048, newstack doubling,
 * copystack + adjustpointers, shrinkstack below ¼ use, maxstacksize 1,000,000,000 and
 * debug.SetMaxStack; Go ≤ 1.2's segmented stacks (morestack/lessstack) for the hot-split contrast.
 *
 * <p><b>Invariants:</b> STACK-I1 size is a power of two ≥ 2 KiB; STACK-I2 used ≤ size; STACK-I3 every
 * pointer into the stack refers to the same logical slot after any number of copies; STACK-I4
 * allocations − frees = live segments; STACK-I5 live segments ≥ 1.
 *
 * <p><b>Variants:</b> GoStack (contiguous, Go 1.3+), SegmentedStack (Go ≤ 1.2).
 *
 * <p><b>Differences from Go:</b> no stack guard, no adaptive initial size (Go 1.19+), frames are
 * byte counts rather than real code; a Java thread's stack cannot be inspected this way at all.
 */
package dev.golab.sched.stack;
