/**
 * Testing concurrent Go-style code: go.uber.org/goleak's leak check and Go 1.24/1.25 testing/synctest.
 *
 * <h2>Invariants</h2>
 * <ol>
 *   <li>GoLeaks never reports a goroutine that existed before its snapshot or ended within the grace period.</li>
 *   <li>In a Synctest bubble the fake clock moves only when every bubble goroutine is durably blocked;
 *       all blocked with no timer pending is GoFatal("all goroutines are asleep - deadlock!").</li>
 * </ol>
 *
 * <h2>Model</h2>
 * GoLeaks (snapshot / verifyNone) · GoLeakCheck (JUnit 5 extension) · Synctest (run, await) · Bubble.
 *
 * <h2>Differences from Go</h2>
 * Durable blocking is read from the registry's wait reasons and thread states by polling; blocking on
 * JDK primitives is never durable.
 */
package dev.golab.testkit;
