package dev.golab.lang.types;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/*
 * Go behaviour:    spec "Selectors" and "Method sets" (go/types lookup.go, methodset.go, Go 1.23):
 *                  x.f picks the f at the shallowest embedding depth; two at that depth make the
 *                  selector ambiguous; a shallower f hides (shadows) deeper ones. The method set of
 *                  T holds its value-receiver methods and the promoted methods reachable without
 *                  needing an address; *T's holds all of them. An embedded *S gives both T and *T
 *                  the methods of S and *S. A type implements an interface when its method set has
 *                  every method of the interface — no declaration needed.
 * Model:           lookup(T, f):
 *                  1. level = [T] (a *T is dereferenced once: indirect = true)
 *                  2. for each type at this level: count its declared methods named f, and its struct
 *                     fields named f (or, for an interface, its methods named f)
 *                  3. one match → the selection; more → ambiguous; none → next level = the embedded
 *                     fields' types (indirect if embedded by pointer), skipping types seen at a
 *                     shallower level; stop when the level is empty
 *                  method set(T): every name lookup finds as a method, kept if the method has a
 *                  value receiver or the selection is indirect.
 * Invariants:      LANG-I18 a selection is at the shallowest depth having f.
 *                  LANG-I19 two matches at that depth → "ambiguous selector".
 *                  LANG-I20 methodSet(T) ⊆ methodSet(*T); they differ only by pointer-receiver methods
 *                  reached without indirection.
 *                  LANG-I21 implements(T, I) ⇔ every method of I is in methodSet(T).
 * Differs from Go: methods match by name only (no signatures); no generic types.
 * See:             MethodSetAnswersTest, EmbeddingAnswersTest, InterfaceAnswersTest.
 */
public final class MethodSets {
    private MethodSets() {}

    private record Entry(GoType type, List<Field> path, boolean indirect) {}

    /** The result of a lookup: found, ambiguous, or absent. */
    public sealed interface Lookup {
        record Found(Selection selection) implements Lookup {}
        record Ambiguous(int depth) implements Lookup {}
        record Missing() implements Lookup {}
    }

    /** Go's lookupFieldOrMethod for T (or *T) and name f. */
    public static Lookup lookup(GoType t, String f) {
        boolean indirect = false;
        if (t instanceof GoType.Pointer p) {
            if (!(p.elem() instanceof Named)) return new Lookup.Missing();   // **T, *interface: nothing
            if (p.elem().underlying() instanceof GoType.Interface) return new Lookup.Missing();
            t = p.elem();
            indirect = true;
        }
        List<Entry> level = List.of(new Entry(t, List.of(), indirect));
        Set<Named> seen = new HashSet<>();
        while (!level.isEmpty()) {
            List<Selection> found = new ArrayList<>();
            List<Entry> next = new ArrayList<>();
            Set<Named> seenHere = new HashSet<>();
            for (Entry e : level) {
                GoType u = e.type();
                if (u instanceof Named n) {
                    if (seen.contains(n)) continue;                      // already searched shallower
                    seenHere.add(n);
                    Method m = n.declaredMethods().get(f);
                    if (m != null) found.add(new Selection(e.path(), null, m, e.indirect()));
                    u = n.underlying();
                }
                switch (u) {
                    case GoType.Struct s -> {
                        for (Field fld : s.fields()) {
                            if (fld.name().equals(f)) found.add(new Selection(e.path(), fld, null, e.indirect()));
                            if (fld.embedded()) {
                                List<Field> path = new ArrayList<>(e.path());
                                path.add(fld);
                                GoType ft = fld.type() instanceof GoType.Pointer p ? p.elem() : fld.type();
                                next.add(new Entry(ft, path, e.indirect() || fld.viaPointer()));
                            }
                        }
                    }
                    case GoType.Interface i when i.methods().contains(f) ->
                            found.add(new Selection(e.path(), null, dynamicMethod(e.type(), f), e.indirect()));
                    default -> { }
                }
            }
            if (found.size() > 1) return new Lookup.Ambiguous(level.getFirst().path().size());   // LANG-I19
            if (found.size() == 1) return new Lookup.Found(found.getFirst());                     // LANG-I18
            seen.addAll(seenHere);
            level = next;
        }
        return new Lookup.Missing();
    }

    /** A method of an interface type: calling it dispatches on the interface value's dynamic type. */
    private static Method dynamicMethod(GoType iface, String name) {
        return new Method(name, false, iface, (recv, args) -> ((Iface) recv).call(name, args));
    }

    /** The method set of t, by name (LANG-I20). */
    public static Map<String, Method> methodSet(GoType t) {
        Map<String, Method> set = new TreeMap<>();
        for (String name : reachableMethodNames(t)) {
            if (lookup(t, name) instanceof Lookup.Found(Selection s) && s.isMethod()
                    && (!s.method().pointerReceiver() || s.indirect())) {
                set.put(name, s.method());
            }
        }
        return set;
    }

    private static Set<String> reachableMethodNames(GoType t) {
        Set<String> names = new TreeSet<>();
        List<GoType> todo = new ArrayList<>(List.of(t instanceof GoType.Pointer p ? p.elem() : t));
        Set<GoType> done = new HashSet<>();
        while (!todo.isEmpty()) {
            GoType x = todo.removeLast();
            if (!done.add(x)) continue;
            if (x instanceof Named n) names.addAll(n.declaredMethods().keySet());
            switch (x.underlying()) {
                case GoType.Interface i -> names.addAll(i.methods());
                case GoType.Struct s -> s.fields().stream().filter(Field::embedded)
                        .forEach(f -> todo.add(f.type() instanceof GoType.Pointer p ? p.elem() : f.type()));
                default -> { }
            }
        }
        return names;
    }

    /** The first method of an interface that a type lacks; onPointer: only *T has it. */
    public record MissingMethod(String name, boolean onPointer) {
        /** The type checker's reason, e.g. "method Breathe has pointer receiver". */
        public String reason() {
            return onPointer ? "method " + name + " has pointer receiver" : "missing method " + name;
        }
    }

    /** The first method of iface (sorted by name, as Go reports it) t lacks, or empty (LANG-I21). */
    public static Optional<MissingMethod> missing(GoType t, GoType iface) {
        if (!(iface.underlying() instanceof GoType.Interface i)) throw new IllegalArgumentException(iface + " is not an interface");
        Map<String, Method> have = methodSet(t);
        for (String m : i.methods()) {                                   // sorted, as Go reports the first
            if (have.containsKey(m)) continue;
            boolean onPointer = !(t instanceof GoType.Pointer) && methodSet(GoType.ptr(t)).containsKey(m);
            return Optional.of(new MissingMethod(m, onPointer));
        }
        return Optional.empty();
    }

    /** Implicit satisfaction: computed from method sets, never declared (IFACE-01.01). */
    public static boolean implementsIface(GoType t, GoType iface) {
        return missing(t, iface).isEmpty();
    }

    /** The type checker's check for {@code var _ I = T{}}: Go's "T does not implement I (…)" text. */
    public static void checkAssignable(GoType t, GoType iface) {
        missing(t, iface).ifPresent(why ->
                { throw new CompileError(t.name() + " does not implement " + iface.name() + " (" + why.reason() + ")"); });
    }
}
