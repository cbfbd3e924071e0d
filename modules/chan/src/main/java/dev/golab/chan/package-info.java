/**
 * Go channels and {@code select} (runtime/chan.go, runtime/select.go, Go 1.23).
 *
 * <p>Invariants (the IDs tests and model headers use):
 * <ul>
 *   <li>CH-I1 FIFO: values leave a channel in the order their sends completed.</li>
 *   <li>CH-I2 {@code 0 <= len(c) <= cap(c)} at every instant, interrupts included.</li>
 *   <li>CH-I3 close: buffered values are still delivered, then {@code (zero, false)} forever; send on a
 *       closed channel, close of a closed or nil channel panic with Go's texts.</li>
 *   <li>CH-I4 an unbuffered send returns only once its receiver has the value.</li>
 *   <li>CH-I5 select: one case per call; nil cases never; uniform among ready cases; default only
 *       when nothing is ready.</li>
 *   <li>CH-I6 no value is lost or duplicated, even when blocked operations are interrupted.</li>
 * </ul>
 *
 * <p>Variants (registry keys as benchmarks print them):
 * <table>
 *   <caption>channel models</caption>
 *   <tr><th>key</th><th>class</th><th>mechanism</th></tr>
 *   <tr><td>chan.Hchan</td><td>{@link dev.golab.chan.HchanChannel}</td><td>Go's: one lock, ring
 *       buffer, FIFO sudog queues, direct hand-off; selectgo locks all channels in id order</td></tr>
 *   <tr><td>chan.Segment</td><td>{@link dev.golab.chan.SegmentChannel}</td><td>Koval/Alistarh/Elizarov
 *       (Kotlin, jox): FAA-indexed cells in linked segments; lock-free send/recv</td></tr>
 * </table>
 *
 * <p>Differences from Go: the zero value is {@code null}; a blocked operation on an interrupted
 * thread throws {@link dev.golab.runtime.Interrupted} without taking effect; {@code Select.select}
 * returns the index of the case that ran (default included).
 */
package dev.golab.chan;
