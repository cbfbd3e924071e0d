package dev.golab.lang.pkginit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reference models: the spec's sentences executed literally, slowly, with no graph surgery.
 * Variables: "repeatedly selecting the earliest variable in declaration order that is ready for
 * initialization" (ready: not yet initialised, and no initialiser or no dependency on an
 * uninitialised variable, dependencies followed through function bodies). Packages (Go 1.21):
 * "the first uninitialized package in the list sorted by import path whose imports are all initialized".
 */
final class ReferenceInitOrder {
    private ReferenceInitOrder() {}

    /** Variable names with initialisers in order, or empty when some variable never becomes ready (a cycle). */
    static Optional<List<String>> vars(List<Decl> decls) {
        Map<String, Decl> byName = new HashMap<>();
        List<Decl.Var> vars = new ArrayList<>();
        for (Decl d : decls) {
            if (d instanceof Decl.Init) continue;
            byName.put(d.name(), d);
            if (d instanceof Decl.Var v) vars.add(v);
        }
        Set<String> done = new HashSet<>();
        List<String> out = new ArrayList<>();
        while (done.size() < vars.size()) {
            Decl.Var next = vars.stream().filter(v -> !done.contains(v.name()))
                    .filter(v -> !v.hasInitializer() || done.containsAll(varDeps(byName, v)))
                    .findFirst().orElse(null);
            if (next == null) return Optional.empty();
            done.add(next.name());
            if (next.hasInitializer()) out.add(next.name());
        }
        return Optional.of(out);
    }

    /** The variables v's initialiser refers to, directly or through function bodies. */
    private static Set<String> varDeps(Map<String, Decl> byName, Decl.Var v) {
        Set<String> deps = new HashSet<>();
        Set<String> seenFuncs = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(v.refs());
        while (!todo.isEmpty()) {
            String r = todo.pop();
            switch (byName.get(r)) {
                case Decl.Var x -> deps.add(x.name());
                case Decl.Func f -> { if (seenFuncs.add(f.name())) todo.addAll(f.refs()); }
                default -> throw new IllegalStateException(r);
            }
        }
        return deps;
    }

    /** Go 1.21's package order, by scanning the sorted list from the start at every step. */
    static List<String> packages(Map<String, Set<String>> imports) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(imports.keySet()));
        List<String> out = new ArrayList<>();
        while (out.size() < sorted.size()) {
            String next = sorted.stream().filter(p -> !out.contains(p))
                    .filter(p -> out.containsAll(imports.get(p))).findFirst().orElseThrow();
            out.add(next);
        }
        return out;
    }
}
