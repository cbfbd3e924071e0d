package dev.golab.xsync.patterns;

/*
 * Go behaviour:    the seed's production LLM client (AI-07), corrected: limiter.Wait(ctx) gates each
 *                  call (an error means no API call); the cache key is hex(SHA-256(prompt)); a hit
 *                  returns the cached text and counts cache_hit; concurrent misses for one prompt share
 *                  one API call through singleflight; results live 1 h; HTTP 429 is retried with
 *                  exponential backoff until MaxElapsedTime (60 s) or ctx ends, any other error is
 *                  Permanent (one attempt). Seed bugs fixed here: metrics initialised; the limiter is
 *                  only consulted on a miss (the seed spends tokens on cache hits). Kept from the seed
 *                  on purpose: fn runs with the first caller's ctx (the CONC-11 pitfall — documented
 *                  in docs/answers/xsync.md; pass Context.withoutCancel(ctx) to detach it).
 * Model:           composition of the lab's own Limiter, SingleFlight, ExponentialBackoff and Retry
 *                  with a clock-driven TTL map.
 * Invariants:      LG-I1 apiCalls() counts real calls only. LG-I2 an entry older than ttl is never served.
 *                  LG-I3 one API call per prompt per TTL while callers overlap: the cache is re-checked inside
 *                  the flight (a miss that raced with the previous flight's put is a hit, not a new call).
 * Differs from Go: the API is a Java function; "HTTP 429" is ApiError(429).
 * See:             LlmGatewayAnswersTest (AI-07.01-07).
 */
import dev.golab.context.Context;
import dev.golab.rate.Limiter;
import dev.golab.runtime.Clock;
import dev.golab.xsync.GoException;
import dev.golab.xsync.SingleFlight;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

public final class LlmGateway {
    /** An HTTP error from the API. */
    public static final class ApiError extends GoException {
        public final int status;

        public ApiError(int status) {
            super("api error: status " + status);
            this.status = status;
        }
    }

    private record Entry(String text, Instant expires) {}

    private final Limiter limiter;
    private final Function<String, String> api;          // throws ApiError
    private final Clock clock;
    private final Duration ttl;
    private final long seed;
    private final SingleFlight<String> flight = new SingleFlight<>();
    private final ConcurrentHashMap<String, Entry> cache = new ConcurrentHashMap<>();
    private final AtomicLong cacheHits = new AtomicLong(), apiCalls = new AtomicLong();

    public LlmGateway(Limiter limiter, Function<String, String> api, Clock clock, Duration ttl, long seed) {
        this.limiter = limiter;
        this.api = api;
        this.clock = clock;
        this.ttl = ttl;
        this.seed = seed;
    }

    /** hex(sha256(prompt)). */
    public static String cacheKey(String prompt) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(prompt.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Complete(ctx, prompt): the text, or throws the error (ctx error, limiter error, API error). */
    public String complete(Context ctx, String prompt) throws Throwable {
        String key = cacheKey(prompt);
        Entry e = cache.get(key);
        if (e != null && clock.now().isBefore(e.expires)) {
            cacheHits.incrementAndGet();
            return e.text;
        }
        SingleFlight.Result<String> r = flight.execute(key, () -> {
            Entry again = cache.get(key);                              // a flight that just ended may have filled it:
            if (again != null && clock.now().isBefore(again.expires)) {   // without this re-check a caller that missed
                cacheHits.incrementAndGet();                           // just before the put would call the API again
                return again.text;
            }
            Throwable gate = limiter.await(ctx);
            if (gate != null) throw gate instanceof Exception ex ? ex : new GoException(GoException.text(gate));
            ExponentialBackoff b = new ExponentialBackoff(clock, seed);
            b.maxElapsedTime = Duration.ofSeconds(60);
            Retry.Outcome<String> out = Retry.retryNotify(ctx, clock, b, () -> {
                apiCalls.incrementAndGet();
                try {
                    return api.apply(prompt);
                } catch (ApiError err) {
                    if (err.status == 429) throw err;
                    throw Retry.permanent(err);
                }
            }, null);
            if (out.err() != null) throw out.err() instanceof Exception ex ? ex : new GoException(GoException.text(out.err()));
            cache.put(key, new Entry(out.value(), clock.now().plus(ttl)));
            return out.value();
        });
        if (r.err() != null) throw r.err();
        return r.value();
    }

    public long cacheHits() {
        return cacheHits.get();
    }

    public long apiCalls() {
        return apiCalls.get();
    }
}
