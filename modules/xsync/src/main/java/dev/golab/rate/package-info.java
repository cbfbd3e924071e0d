/**
 * golang.org/x/time/rate (rate.go, x/time v0.12.0): the token-bucket Limiter, its Reservations, and
 * the seed's per-client limiter map done right.
 *
 * <h2>Invariants (LimiterAnswersTest, LimiterPropertiesTest)</h2>
 * <ol>
 *   <li>RATE-I1 tokens never exceed burst.</li>
 *   <li>RATE-I2 events granted in any window of length t are at most burst + r·t.</li>
 *   <li>RATE-I3 a refused Allow/Wait changes nothing; a cancelled reservation returns the tokens no later
 *       reservation has built on.</li>
 *   <li>RATE-I4 the arithmetic is Go's: int64 nanosecond durations truncated from float64 seconds, saturating
 *       at InfDuration; {@code Duration.Seconds()} split into whole and fractional parts.</li>
 * </ol>
 *
 * <h2>Classes</h2>
 * <table>
 *   <tr><th>Go</th><th>golab</th></tr>
 *   <tr><td>rate.Limiter, Limit, Inf, Every</td><td>Limiter (double limits, INF, every)</td></tr>
 *   <tr><td>rate.Reservation</td><td>Reservation</td></tr>
 *   <tr><td>Limiter.Wait / WaitN</td><td>Limiter.await / awaitN (LimiterWait)</td></tr>
 *   <tr><td>the seed's IPRateLimiter</td><td>KeyedLimiter (computeIfAbsent + idle eviction)</td></tr>
 * </table>
 *
 * <h2>Differences from Go</h2>
 * The limiter reads the Clock that was current when it was built (a VirtualClock in tests) instead of
 * time.Now(); await returns the error instead of Go's (error) result — same values.
 */
package dev.golab.rate;
