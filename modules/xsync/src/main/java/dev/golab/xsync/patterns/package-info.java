/**
 * Reliability patterns from the seed questions, built only from the lab's own primitives (Context,
 * Chan/Select, Clock, Limiter, SingleFlight, ErrGroup). Each file states the library or Go source
 * whose behaviour it follows.
 *
 * <table>
 *   <tr><th>Pattern</th><th>Follows</th><th>Checklist</th></tr>
 *   <tr><td>CircuitBreaker</td><td>sony/gobreaker v2</td><td>MS-03.01-06, A1</td></tr>
 *   <tr><td>ExponentialBackoff, Retry</td><td>cenkalti/backoff v4 (ExponentialBackOff, RetryNotify, WithContext, Permanent)</td><td>MS-03.07-09, AI-07.06-07</td></tr>
 *   <tr><td>Batcher</td><td>the size-or-timeout flush loop</td><td>AI-07 batching</td></tr>
 *   <tr><td>GracefulServer</td><td>net/http Server.Shutdown / ErrServerClosed / request contexts</td><td>STD-01.01-04</td></tr>
 *   <tr><td>ConnPool, SqlTx</td><td>database/sql pool, Tx, Row, Rows</td><td>STD-02.01-06</td></tr>
 *   <tr><td>Interceptors</td><td>grpc-go unary/stream/client interceptor chains</td><td>MS-02.01-07</td></tr>
 *   <tr><td>RoundRobin</td><td>grpc-go round_robin picker</td><td>MS-03.10 + ClusterIP correction</td></tr>
 *   <tr><td>LlmGateway</td><td>the seed's LLM client, corrected</td><td>AI-07.01-07</td></tr>
 *   <tr><td>HealthChecks, ShutdownSequence</td><td>the seed's /healthz, /readyz and run(ctx), over GracefulServer</td><td>MS-07.01-07</td></tr>
 *   <tr><td>InferenceBatcher, InferenceSession</td><td>the seed's ticker-driven request batcher and mutex-guarded session</td><td>AI-05.01-05</td></tr>
 * </table>
 *
 * All time goes through a {@link dev.golab.runtime.Clock}, so every test runs on a VirtualClock.
 * Invariants of the newer patterns carry the PAT- prefix (PAT-I1…PAT-I9).
 */
package dev.golab.xsync.patterns;
