package dev.golab.lang.types;

import java.util.Map;

/*
 * Go behaviour:    every type has a zero value (spec "The zero value"): 0, "", false, nil for
 *                  pointers, slices, maps, funcs and interfaces, and a struct of zero fields. A
 *                  failed comma-ok assertion yields the zero value of the target type.
 * Model:           a table from basic type to its Java value; structs zeroed field by field; nil
 *                  pointers are null; a nil interface is Iface.nil(type).
 * Invariants:      LANG-I16 Zero.of(T) is a fresh value: zeroing a struct twice gives two storages.
 * Differs from Go: numbers are Java boxes (Integer for int, Long for int64, Double for float64).
 * See:             InterfaceAnswersTest.
 */
public final class Zero {
    private static final Map<GoType, Object> BASIC = Map.of(
            GoType.INT, 0, GoType.INT64, 0L, GoType.FLOAT64, 0.0, GoType.STRING, "", GoType.BOOL, false,
            GoType.BYTE, (byte) 0);

    private Zero() {}

    public static Object of(GoType t) {
        if (BASIC.containsKey(t)) return BASIC.get(t);
        if (t instanceof Named n && n.underlying() instanceof GoType.Struct) return StructValue.zero(n);
        if (t.underlying() instanceof GoType.Interface) return Iface.nil(t);
        if (t instanceof Named n) return of(n.underlying());
        return null;                                                   // pointer, slice, map, func: nil
    }
}
