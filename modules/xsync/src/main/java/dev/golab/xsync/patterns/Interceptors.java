package dev.golab.xsync.patterns;

/*
 * Go behaviour:    grpc-go interceptors (MS-02): a UnaryServerInterceptor is
 *                  func(ctx, req, info, handler) (resp, error); ChainUnaryInterceptor(A, B, C) makes A
 *                  the outermost, so the order is A-before, B-before, C-before, handler, C-after,
 *                  B-after, A-after. Auth rejects missing metadata with codes.Unauthenticated without
 *                  calling the handler and passes claims down with context.WithValue; a recovery
 *                  interceptor turns a handler panic into codes.Internal; a stream interceptor wraps
 *                  the whole stream handler; a client interceptor adds outgoing metadata before the
 *                  invoker runs.
 * Model:           interceptors are decorators folded right-to-left (chain), exactly grpc's
 *                  chainUnaryInterceptors; metadata travels as a context value, as in grpc's metadata pkg.
 * Invariants:      IC-I1 interceptor i sees a `next` that runs i+1..n then the handler.
 * Differs from Go: no transport; "metadata" is a Map in the context; status errors are StatusError.
 * See:             InterceptorAnswersTest (MS-02.01-07).
 */
import dev.golab.context.Context;
import dev.golab.runtime.GoPanic;
import dev.golab.runtime.Clock;
import dev.golab.xsync.GoException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

public final class Interceptors {
    private Interceptors() {}

    public enum Code { OK, UNAUTHENTICATED, INTERNAL, UNAVAILABLE }

    /** status.Error(code, msg): "rpc error: code = Unauthenticated desc = …". */
    public static final class StatusError extends GoException {
        public final Code code;

        public StatusError(Code code, String desc) {
            super("rpc error: code = " + goName(code) + " desc = " + desc);
            this.code = code;
        }

        private static String goName(Code c) {
            return switch (c) {
                case OK -> "OK";
                case UNAUTHENTICATED -> "Unauthenticated";
                case INTERNAL -> "Internal";
                case UNAVAILABLE -> "Unavailable";
            };
        }
    }

    @FunctionalInterface
    public interface Handler {
        Object handle(Context ctx, Object req) throws Exception;
    }

    @FunctionalInterface
    public interface Unary {
        Object intercept(Context ctx, Object req, String method, Handler next) throws Exception;
    }

    /** A stream handler runs the whole stream and returns its final error (or null). */
    @FunctionalInterface
    public interface StreamHandler {
        Throwable handle(Context ctx) throws Exception;
    }

    @FunctionalInterface
    public interface Stream {
        Throwable intercept(Context ctx, String method, StreamHandler next) throws Exception;
    }

    /** metadata key type (unexported-key pattern: a private record, so no other package collides). */
    private record MetadataKey(String direction) {}

    static final MetadataKey INCOMING = new MetadataKey("in"), OUTGOING = new MetadataKey("out");

    /** metadata.NewIncomingContext(ctx, md). */
    public static Context withIncoming(Context ctx, Map<String, String> md) {
        return Context.withValue(ctx, INCOMING, Map.copyOf(md));
    }

    @SuppressWarnings("unchecked")
    public static Map<String, String> incoming(Context ctx) {
        Object md = ctx.value(INCOMING);
        return md == null ? Map.of() : (Map<String, String>) md;
    }

    /** metadata.AppendToOutgoingContext(ctx, k, v). */
    public static Context appendOutgoing(Context ctx, String k, String v) {
        Map<String, String> md = new HashMap<>(outgoing(ctx));
        md.put(k, v);
        return Context.withValue(ctx, OUTGOING, Map.copyOf(md));
    }

    @SuppressWarnings("unchecked")
    public static Map<String, String> outgoing(Context ctx) {
        Object md = ctx.value(OUTGOING);
        return md == null ? Map.of() : (Map<String, String>) md;
    }

    /** grpc.ChainUnaryInterceptor(is...) applied to handler: is[0] is outermost. */
    public static Handler chain(Handler handler, Unary... is) {
        Handler next = handler;
        for (int i = is.length - 1; i >= 0; i--) {
            Unary it = is[i];
            Handler inner = next;
            next = (ctx, req) -> it.intercept(ctx, req, "", inner);
        }
        return next;
    }

    /** A stream chain, same order. */
    public static StreamHandler chainStream(StreamHandler handler, String method, Stream... is) {
        StreamHandler next = handler;
        for (int i = is.length - 1; i >= 0; i--) {
            Stream it = is[i];
            StreamHandler inner = next;
            next = ctx -> it.intercept(ctx, method, inner);
        }
        return next;
    }

    /** A log line of the logging interceptor. */
    public record LogEntry(Duration latency, Throwable err) {}

    /** Logging: times the handler on clock, records its error, returns its result unchanged. */
    public static Unary logging(Clock clock, Consumer<LogEntry> log) {
        return (ctx, req, method, next) -> {
            long start = clock.nanoTime();
            try {
                Object resp = next.handle(ctx, req);
                log.accept(new LogEntry(Duration.ofNanos(clock.nanoTime() - start), null));
                return resp;
            } catch (Exception e) {
                log.accept(new LogEntry(Duration.ofNanos(clock.nanoTime() - start), e));
                throw e;
            }
        };
    }

    /** claims key (typed, unexported-style). */
    public record ClaimsKey() {}

    /** Auth: needs "authorization: Bearer <token>"; adds the claims to ctx; never calls next otherwise. */
    public static Unary auth(java.util.function.Function<String, String> validateToken) {
        return (ctx, req, method, next) -> {
            String h = incoming(ctx).get("authorization");
            if (h == null) throw new StatusError(Code.UNAUTHENTICATED, "missing metadata");
            if (!h.startsWith("Bearer ")) throw new StatusError(Code.UNAUTHENTICATED, "missing token");
            String claims = validateToken.apply(h.substring(7));
            if (claims == null) throw new StatusError(Code.UNAUTHENTICATED, "invalid token");
            return next.handle(Context.withValue(ctx, new ClaimsKey(), claims), req);
        };
    }

    /** Recovery: a handler panic becomes codes.Internal; the server keeps serving. */
    public static Unary recovery() {
        return (ctx, req, method, next) -> {
            try {
                return next.handle(ctx, req);
            } catch (GoPanic p) {
                throw new StatusError(Code.INTERNAL, "panic: " + p.getMessage());
            }
        };
    }

    /** A client-side interceptor: adds outgoing metadata before calling the invoker. */
    public static Unary clientAuth(String token) {
        return (ctx, req, method, invoker) -> invoker.handle(appendOutgoing(ctx, "authorization", "Bearer " + token), req);
    }
}
