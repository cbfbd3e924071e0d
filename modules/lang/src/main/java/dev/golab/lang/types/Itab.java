package dev.golab.lang.types;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/*
 * Go behaviour:    runtime/iface.go (Go 1.23): a non-empty interface value's first word points to an
 *                  itab — the interface type, the dynamic type and the dynamic type's methods for that
 *                  interface, in the interface's (sorted) method order. itabs are built on first use
 *                  (getitab) and cached in a global table, so the same (interface, type) pair always
 *                  yields the same itab. The empty interface has no itab: its first word is the *_type.
 * Model:           1. Itab.of(I, T): look up the cache; on a miss check I's methods against T's method
 *                     set and build fun[] in I's order
 *                  2. a type that lacks a method gets no itab (empty result)
 * Invariants:      LANG-I24 Itab.of(I, T) is the same object every time (cached).
 *                  LANG-I25 fun.get(k).name() == I.methods().get(k).
 * Differs from Go: fun holds Method records, not code pointers; there is no hash field.
 * See:             InterfaceAnswersTest.
 */
public record Itab(GoType inter, GoType type, List<Method> fun) {
    private record Key(GoType inter, GoType type) {}

    private static final Map<Key, Itab> TABLE = new ConcurrentHashMap<>();

    /** getitab(inter, typ): the cached itab, built on first use; null when typ lacks a method. */
    public static Itab of(GoType inter, GoType type) {
        if (!(inter.underlying() instanceof GoType.Interface i) || i.methods().isEmpty()) {
            throw new IllegalArgumentException("the empty interface has no itab; its type word is the type itself");
        }
        if (!MethodSets.implementsIface(type, inter)) return null;
        return TABLE.computeIfAbsent(new Key(inter, type), k -> {
            Map<String, Method> set = MethodSets.methodSet(type);
            return new Itab(inter, type, i.methods().stream().map(set::get).toList());   // LANG-I25
        });
    }

    @Override
    public String toString() {
        return "itab(" + inter + ", " + type + ")";
    }
}
