package dev.golab.lang.pkginit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.golab.lang.types.CompileError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * VarOrder (the compiler's priority-queue algorithm) and PackageOrder (Kahn with a min-heap) against
 * ReferenceInitOrder (the spec's sentences, executed literally), over random packages. A failure
 * prints the package as Go source.
 */
class InitOrderPropertiesTest {
    /** A random package: vars v0..v(n-1), funcs f0..f(m-1), reference edges, vars without initialiser. */
    record RandomPkg(int vars, int funcs, List<Integer> edges, int noInitMask) {
        String name(int i) {
            return i < vars ? "v" + i : "f" + (i - vars);
        }

        List<String> refs(int from) {
            int n = vars + funcs;
            Set<String> r = new LinkedHashSet<>();
            for (int e : edges) if (e % n == from) r.add(name((e / n) % n));
            return List.copyOf(r);
        }

        boolean hasInit(int v) {
            return (noInitMask & (1 << v)) == 0 || !refs(v).isEmpty();   // a var without initialiser has no refs
        }

        List<Decl> decls() {
            List<Decl> out = new ArrayList<>();
            for (int i = 0; i < vars + funcs; i++) {
                if (i >= vars) out.add(new Decl.Func(name(i), refs(i), env -> 0));
                else out.add(new Decl.Var(name(i), refs(i), hasInit(i) ? env -> 0 : null));
            }
            return out;
        }

        @Override
        public String toString() {
            return decls().stream().map(d -> switch (d) {
                case Decl.Var v when !v.hasInitializer() -> "var " + v.name() + " int";
                case Decl.Var v -> "var " + v.name() + " = use(" + String.join(", ", v.refs()) + ")";
                case Decl.Func f -> "func " + f.name() + "() int { return use(" + String.join(", ", f.refs()) + ") }";
                case Decl.Init i -> "func init() {}";
            }).collect(Collectors.joining("\n", "\n", "\n"));
        }
    }

    @Test
    @DisplayName("CORE-09 the compiler's algorithm gives the spec's order, and reports a cycle exactly when the spec gets stuck (LANG-I33-I35)")
    void varOrderMatchesTheSpecsDefinition() {
        qt().withFixedSeed(909L).withExamples(1_000)
                .forAll(integers().between(1, 8), integers().between(0, 4),
                        lists().of(integers().between(0, 10_000)).ofSizeBetween(0, 14), integers().between(0, 255))
                .as(RandomPkg::new)
                .checkAssert(p -> {
                    Optional<List<String>> expected = ReferenceInitOrder.vars(p.decls());
                    Throwable err = catchThrowable(() -> VarOrder.of(p.decls()));
                    if (expected.isEmpty()) {
                        assertThat(err).as("cycle expected in %s", p).isInstanceOf(CompileError.class)
                                .hasMessageStartingWith("initialization cycle");
                    } else {
                        assertThat(err).as("no cycle in %s", p).isNull();
                        assertThat(VarOrder.of(p.decls())).extracting(Decl::name).as("%s", p).isEqualTo(expected.get());
                    }
                });
    }

    @Test
    @DisplayName("CORE-09 the min-heap package order equals scanning the sorted import paths, and puts every import first, once (LANG-I36, LANG-I37)")
    void packageOrderMatchesTheSortedListScan() {
        List<String> names = List.of("z", "b", "k/x", "a", "m/util", "c/d", "q", "e");
        qt().withFixedSeed(1021L).withExamples(500)
                .forAll(integers().between(1, 8), lists().of(integers().between(0, 10_000)).ofSizeBetween(0, 16))
                .checkAssert((k, edges) -> {
                    Map<String, Set<String>> imports = new HashMap<>();
                    Map<String, Pkg> pkgs = new HashMap<>();
                    for (int i = 0; i < k; i++) imports.put(names.get(i), new LinkedHashSet<>());
                    for (int e : edges) {                               // only i imports j < i: acyclic
                        int i = e % k, j = (e / k) % k;
                        if (j < i) imports.get(names.get(i)).add(names.get(j));
                    }
                    Pkg main = new Pkg("main");
                    imports.keySet().forEach(main::imports);
                    pkgs.put("main", main);
                    imports.forEach((p, deps) -> pkgs.put(p, new Pkg(p).imports(deps.toArray(String[]::new))));
                    Map<String, Set<String>> withMain = new HashMap<>(imports);
                    withMain.put("main", imports.keySet());
                    List<String> order = PackageOrder.of(pkgs, "main");
                    assertThat(order).as("imports %s", withMain).isEqualTo(ReferenceInitOrder.packages(withMain));
                    assertThat(order).doesNotHaveDuplicates().last().isEqualTo("main");
                    for (String p : imports.keySet()) {
                        for (String d : imports.get(p)) assertThat(order.indexOf(d)).isLessThan(order.indexOf(p));
                    }
                });
    }
}
