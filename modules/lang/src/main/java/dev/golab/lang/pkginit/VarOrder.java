package dev.golab.lang.pkginit;

import dev.golab.lang.types.CompileError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/*
 * Go behaviour:    spec "Package initialization" (Go 1.23): package-level variables are initialised
 *                  stepwise, each step selecting the variable earliest in declaration order that is
 *                  ready — not yet initialised and without dependencies on uninitialised variables,
 *                  where a reference through a function counts as a reference to what its body refers
 *                  to. A dependency cycle is a compile error ("initialization cycle for a", then the
 *                  "x refers to" chain; "initialization cycle: x refers to itself" for a self-loop).
 * Model:           the compiler's algorithm (cmd/compile/internal/types2/initorder.go):
 *                  1. a graph node per variable and function, an edge n → d per reference
 *                  2. remove function nodes, linking each predecessor to each successor (recursion
 *                     among functions alone is allowed, so function self-edges are ignored)
 *                  3. a priority queue keyed by (outstanding dependencies, declaration order)
 *                  4. pop the head; if it still has dependencies, find the cycle through it and
 *                     report it; otherwise emit it (if it has an initialiser) and decrement its
 *                     dependants.
 * Invariants:      LANG-I33 every variable comes after every variable it depends on.
 *                  LANG-I34 among ready variables the earliest declared goes first (the spec's
 *                  definition; InitOrderPropertiesTest checks this algorithm against it).
 *                  LANG-I35 a cycle is reported with Go's text, and only if one exists.
 * Differs from Go: Go iterates a map to find the cycle path, so with several paths the reported
 *                  chain may differ; here references are followed in declared order. Only the first
 *                  cycle is reported (Go reports each).
 * See:             InitAnswersTest, InitOrderPropertiesTest, InitOracleTest.
 */
public final class VarOrder {
    private VarOrder() {}

    private static final class Node {
        final Decl decl;
        final int order;
        final Set<Node> succ = new LinkedHashSet<>();                 // dependencies
        final Set<Node> pred = new LinkedHashSet<>();                 // dependants
        int ndeps;

        Node(Decl decl, int order) {
            this.decl = decl;
            this.order = order;
        }
    }

    /** The variables with initialisers, in initialisation order; CompileError on a cycle. */
    public static List<Decl.Var> of(List<Decl> decls) {
        Map<String, Decl> byName = new HashMap<>();
        Map<String, Node> nodes = new HashMap<>();
        int order = 0;
        for (Decl d : decls) {
            if (d instanceof Decl.Init) continue;                       // init functions are not objects
            byName.put(d.name(), d);
            nodes.put(d.name(), new Node(d, order++));
        }
        for (Node n : nodes.values()) {
            for (String r : refs(n.decl)) {
                Node d = nodes.get(r);
                if (d == null) throw new CompileError("undefined: " + r);
                n.succ.add(d);
                d.pred.add(n);
            }
        }
        List<Node> graph = new ArrayList<>();
        for (Node n : nodes.values()) {
            if (!(n.decl instanceof Decl.Func)) {
                graph.add(n);
                continue;
            }
            for (Node p : n.pred) {                                     // step 2
                if (p == n) continue;
                for (Node s : n.succ) {
                    if (s == n) continue;
                    p.succ.add(s);
                    s.pred.add(p);
                    s.pred.remove(n);
                }
                p.succ.remove(n);
            }
        }
        PriorityQueue<Node> pq = new PriorityQueue<>((x, y) ->
                x.ndeps != y.ndeps ? Integer.compare(x.ndeps, y.ndeps) : Integer.compare(x.order, y.order));
        for (Node n : graph) {
            n.ndeps = n.succ.size();
            pq.add(n);
        }
        List<Decl.Var> out = new ArrayList<>();
        while (!pq.isEmpty()) {
            Node n = pq.poll();
            if (n.ndeps > 0) {
                List<String> cycle = findPath(byName, n.decl.name(), n.decl.name(), new HashSet<>());
                if (cycle != null) throw new CompileError(cycleText(cycle));   // LANG-I35
                // n only leads into a cycle (n → c → d → c): as in Go, go on; a node on it comes later
            }
            for (Node p : n.pred) {                                     // step 4
                if (p.decl instanceof Decl.Func) continue;              // removed in step 2
                p.ndeps--;
                if (pq.remove(p)) pq.add(p);                            // re-key; never revive a popped node
            }
            if (n.decl instanceof Decl.Var v && v.hasInitializer()) out.add(v);
        }
        return out;
    }

    private static List<String> refs(Decl d) {
        return switch (d) {
            case Decl.Var v -> v.refs();
            case Decl.Func f -> f.refs();
            case Decl.Init i -> List.of();
        };
    }

    /** findPath: the reversed path [to, …, from] of references from `from` to `to`, or null. */
    private static List<String> findPath(Map<String, Decl> byName, String from, String to, Set<String> seen) {
        if (!seen.add(from)) return null;
        for (String d : refs(byName.get(from))) {
            if (d.equals(to)) return new ArrayList<>(List.of(d));
            List<String> p = findPath(byName, d, to, seen);
            if (p != null) {
                p.add(d);
                return p;
            }
        }
        return null;
    }

    /** reportCycle's text, one line per error line, without positions. */
    static String cycleText(List<String> cycle) {
        String obj = cycle.getFirst();
        if (cycle.size() == 1) return "initialization cycle: " + obj + " refers to itself";
        StringBuilder b = new StringBuilder("initialization cycle for " + obj);
        for (int i = cycle.size() - 1; i >= 0; i--) {
            b.append('\n').append(obj).append(" refers to");
            obj = cycle.get(i);
        }
        return b.append('\n').append(obj).toString();
    }
}
