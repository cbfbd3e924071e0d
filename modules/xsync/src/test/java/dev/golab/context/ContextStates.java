package dev.golab.context;

import dev.golab.chan.Select;
import dev.golab.xsync.GoException;
import java.util.Map;

/** The oracle's state(ctx) and s(v) helpers (benchmarks/go/oracle/go/context/main.go), in Java. */
final class ContextStates {
    private ContextStates() {}

    /** {"err": s(ctx.Err()), "cause": s(context.Cause(ctx)), "done": "nil" | "open" | "closed"}. */
    static Map<String, Object> state(Context ctx) {
        String done;
        if (ctx.done().isNil()) {
            done = "nil";
        } else {
            String[] d = {"open"};
            Select.select(Select.recv(ctx.done(), v -> d[0] = "closed"), Select.otherwise(() -> {}));
            done = d[0];
        }
        return Map.of("err", s(ctx.err()), "cause", s(Context.cause(ctx)), "done", done);
    }

    /** fmt.Sprint(v) for the values the oracle prints. */
    static String s(Object v) {
        if (v == null) return "<nil>";
        if (v instanceof Throwable t) return GoException.text(t);
        return String.valueOf(v);
    }

    /** The oracle's str(): WithDeadline's time.Until part normalised. */
    static String str(Context ctx) {
        return ctx.toString().replaceAll("\\[[^\\]]*\\]\\)", "[<time.Until(deadline)>])");
    }
}
