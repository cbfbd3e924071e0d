package dev.golab.lang.pkginit;

import dev.golab.lang.types.CompileError;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;

/*
 * Go behaviour:    spec "Program initialization" (specified since Go 1.21): the packages of a
 *                  program are sorted by import path; at each step the first package in that list
 *                  whose imports are all initialised is initialised; repeat until all are. Each
 *                  package is initialised once, however many packages import it. Before 1.21 the
 *                  order was only "imports first", in an unspecified order. An import cycle does not
 *                  compile ("import cycle not allowed").
 * Model:           1. collect the packages reachable from main's imports
 *                  2. Kahn's algorithm with a min-heap by import path: "the first ready package in
 *                     the sorted list" is exactly the smallest ready path
 * Invariants:      LANG-I36 every package comes after all its imports, and appears once.
 *                  LANG-I37 at each step the chosen package is the smallest ready import path
 *                  (InitOrderPropertiesTest checks it against a literal scan of the sorted list).
 * Differs from Go: the cycle error names no packages.
 * See:             InitAnswersTest, InitOrderPropertiesTest.
 */
public final class PackageOrder {
    private PackageOrder() {}

    /** Import paths in initialisation order, main last. */
    public static List<String> of(Map<String, Pkg> pkgs, String main) {
        Set<String> all = reachable(pkgs, main);
        Map<String, Integer> pending = new HashMap<>();
        Map<String, List<String>> importers = new HashMap<>();
        PriorityQueue<String> ready = new PriorityQueue<>();
        for (String p : all) {
            Set<String> deps = new TreeSet<>();
            pkgs.get(p).importList().forEach(i -> deps.add(i.path()));
            pending.put(p, deps.size());
            deps.forEach(d -> importers.computeIfAbsent(d, k -> new ArrayList<>()).add(p));
            if (deps.isEmpty()) ready.add(p);
        }
        List<String> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String p = ready.poll();                                    // LANG-I37
            order.add(p);
            for (String q : importers.getOrDefault(p, List.of())) {
                if (pending.merge(q, -1, Integer::sum) == 0) ready.add(q);
            }
        }
        if (order.size() != all.size()) throw new CompileError("import cycle not allowed");
        return order;
    }

    static Set<String> reachable(Map<String, Pkg> pkgs, String main) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(main));
        while (!todo.isEmpty()) {
            String p = todo.pop();
            if (!seen.add(p)) continue;
            Pkg pkg = pkgs.get(p);
            if (pkg == null) throw new CompileError("package " + p + " is not in std");
            pkg.importList().forEach(i -> todo.push(i.path()));
        }
        return seen;
    }
}
