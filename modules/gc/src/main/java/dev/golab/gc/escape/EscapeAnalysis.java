/*
 * Go behaviour:    cmd/compile/internal/escape (Go 1.23) decides, per variable and allocation, whether
 *                  it may live in the function's frame. A value whose address outlives the frame moves
 *                  to the heap ("moved to heap: x"); allocations report "escapes to heap" or "does not
 *                  escape" (go build -gcflags=-m). Size limits (ir/cfg.go): explicit variables up to
 *                  MaxStackVarSize = 10 MiB, implicit allocations (new, &T{}, constant-size make) up to
 *                  MaxImplicitStackVarSize = 64 KiB; a make with a non-constant size escapes (Go 1.23).
 *                  Interface conversion escapes when the callee lets it (fmt.Println: its ...any
 *                  arguments escape); boxing 0-255, zero-size values and constants does not allocate.
 * Model:           a rule-based classifier over the few statements that decide the answer:
 *                  1. ReturnAddr, StoreAddr(to global/heap/param/chan), escaping Closure capture -> heap;
 *                  2. Declare/Alloc over the size limit, Make with non-constant size -> heap;
 *                  3. ToInterface(callee escapes) -> "escapes to heap", allocates unless small/constant;
 *                  4. SendValue copies (nothing escapes); SendPointer makes the pointee escape;
 *                  5. everything else stays on the stack.
 * Invariants:      GC-EA1 a variable is "moved to heap" iff some rule 1-2 applies to it.
 * Differs from Go: no data-flow graph, no inlining (which can make a callee's escape vanish), no
 *                  leaking-param tags; Go 1.25+ stack-allocates small variable-size makes.
 * See:             EscapeAnswersTest, benchmarks gc/EscapeBenchmark (HotSpot's scalar replacement).
 */
package dev.golab.gc.escape;

import java.util.ArrayList;
import java.util.List;

public final class EscapeAnalysis {
    public static final long MAX_STACK_VAR_SIZE = 10L << 20;
    public static final long MAX_IMPLICIT_STACK_VAR_SIZE = 64L << 10;

    public enum Target { LOCAL, GLOBAL, HEAP_OBJECT, PARAM_POINTEE, CHANNEL }

    public sealed interface Stmt {}

    /** {@code var x T} of {@code bytes}. */
    public record Declare(String var, long bytes) implements Stmt {}

    /** {@code return x} (a copy). */
    public record ReturnValue(String var) implements Stmt {}

    /** {@code return &x}. */
    public record ReturnAddr(String var) implements Stmt {}

    /** {@code target.f = &x}. */
    public record StoreAddr(String var, Target target) implements Stmt {}

    /** {@code f := func() { ... x ... }}; the closure escapes if returned, stored or started with go. */
    public record Closure(String var, boolean closureEscapes) implements Stmt {}

    /** {@code new(T)}, {@code &T{}} or {@code make([]T, n)}: expr as Go prints it. */
    public record Alloc(String expr, long bytes, boolean constantSize, boolean stored) implements Stmt {}

    /** {@code callee(x)} with x converted to an interface; value = the boxed value if known. */
    public record ToInterface(String var, boolean calleeEscapes, Long constantValue, long bytes) implements Stmt {}

    /** {@code ch <- x} (pointer = false) or {@code ch <- &x} (pointer = true). */
    public record Send(String var, boolean pointer) implements Stmt {}

    public record Decision(String subject, boolean heap, boolean allocates, String message) {}

    public static List<Decision> classify(List<Stmt> body) {
        List<Decision> out = new ArrayList<>();
        java.util.Map<String, Long> sizes = new java.util.HashMap<>();
        for (Stmt s : body) {
            switch (s) {
                case Declare d -> {
                    sizes.put(d.var(), d.bytes());
                    if (d.bytes() > MAX_STACK_VAR_SIZE) out.add(moved(d.var()));
                }
                case ReturnValue r -> out.add(new Decision(r.var(), false, false, ""));
                case ReturnAddr r -> out.add(moved(r.var()));
                case StoreAddr st -> out.add(st.target() == Target.LOCAL
                        ? new Decision(st.var(), false, false, "") : moved(st.var()));
                case Closure c -> out.add(c.closureEscapes()
                        ? moved(c.var()) : new Decision("func literal", false, false, "func literal does not escape"));
                case Alloc a -> {
                    boolean heap = a.stored() || !a.constantSize() || a.bytes() > MAX_IMPLICIT_STACK_VAR_SIZE;
                    out.add(new Decision(a.expr(), heap, heap, a.expr() + (heap ? " escapes to heap" : " does not escape")));
                }
                case ToInterface t -> {
                    boolean noAlloc = t.bytes() == 0 || t.constantValue() != null;   // static storage
                    out.add(t.calleeEscapes()
                            ? new Decision(t.var(), true, !noAlloc, t.var() + " escapes to heap")
                            : new Decision(t.var(), false, false, t.var() + " does not escape"));
                }
                case Send sd -> out.add(sd.pointer() ? moved(sd.var()) : new Decision(sd.var(), false, false, ""));
            }
        }
        return out;
    }

    /** Boxing a runtime value v of an integer type: convT64 uses staticuint64s for v < 256. */
    public static boolean boxingAllocates(long v, long bytes) {
        return bytes != 0 && !(v >= 0 && v < 256 && bytes <= 8);
    }

    private static Decision moved(String var) { return new Decision(var, true, true, "moved to heap: " + var); }
}
