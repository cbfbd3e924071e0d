package dev.golab.lang.pkginit;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/*
 * Go behaviour:    the package-level declarations that take part in initialisation (spec "Package
 *                  initialization"): variables (with or without an initialisation expression),
 *                  functions (whose bodies' references count as dependencies), and init functions,
 *                  which take no arguments, return nothing, may appear many times per file and
 *                  cannot be referred to from code.
 * Model:           records; refs are the package-level names the expression or body mentions (the
 *                  model does not parse Go, so the refs are declared next to the Java body).
 * Invariants:      LANG-I31 an initialiser reads only variables its refs reach (Env enforces it by
 *                  refusing to read an uninitialised variable).
 * Differs from Go: references are declared, not found by the compiler; values are Java Objects.
 * See:             InitAnswersTest.
 */
public sealed interface Decl {
    String name();

    /** {@code var name = init} (init null: {@code var name T}, zero value, always ready). */
    record Var(String name, List<String> refs, Function<Env, Object> init) implements Decl {
        public Var {
            refs = List.copyOf(refs);
        }

        public boolean hasInitializer() {
            return init != null;
        }
    }

    /** {@code func name() { … }}: referring to it means referring to everything its body refers to. */
    record Func(String name, List<String> refs, Function<Env, Object> body) implements Decl {
        public Func {
            refs = List.copyOf(refs);
        }
    }

    /** {@code func init() { … }}: the n-th init of its file. */
    record Init(String file, int index, Consumer<Env> body) implements Decl {
        @Override
        public String name() {
            return "init#" + index + " (" + file + ")";
        }
    }
}
