package dev.golab.lang.pkginit;

import java.util.List;

/**
 * The Go spec's example (and src/test/go/pkginit/a_main.go):
 * <pre>
 * var (
 *     a = c + b  // == 9
 *     b = f()    // == 4
 *     c = f()    // == 5
 *     d = 3      // == 5 after initialization has finished
 * )
 * func f() int { d++; return d }
 * </pre>
 */
final class SpecExample {
    private SpecExample() {}

    static Pkg pkg() {
        return new Pkg("m").file("main.go")
                .var("a", List.of("c", "b"), env -> env.getInt("c") + env.getInt("b"))
                .var("b", List.of("f"), env -> env.call("f"))
                .var("c", List.of("f"), env -> env.call("f"))
                .var("d", List.of(), env -> 3)
                .func("f", List.of("d"), env -> {
                    env.set("d", env.getInt("d") + 1);
                    return env.get("d");
                })
                .pkg();
    }
}
