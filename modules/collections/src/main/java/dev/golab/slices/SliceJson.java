package dev.golab.slices;

/*
 * Go behaviour:    encoding/json (v1) marshals a nil slice as `null` and an empty non-nil slice as `[]`
 *                  (encoding/json/encode.go sliceEncoder: `if v.IsNil() { e.WriteString("null") }`).
 * Model:           the slice encoder only: nil -> null, otherwise [e0,e1,...] with numbers and booleans
 *                  bare and strings quoted.
 * Invariants:      SJ-I1 isNil() <=> "null".
 * Differs from Go: only numbers, booleans, strings and nested Slices are encoded; encoding/json/v2
 *                  (Go 1.27 std) prints [] for nil unless FormatNilSliceAsNull — not modelled.
 * See:             SliceAnswersTest (CORE-03.11).
 */
public final class SliceJson {
    private SliceJson() {}

    public static String marshal(Slice<?> s) {
        if (s.isNil()) return "null";
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < s.len(); i++) {
            if (i > 0) sb.append(',');
            Object v = s.get(i);
            switch (v) {
                case null -> sb.append("null");
                case Number n -> sb.append(n);
                case Boolean b -> sb.append(b);
                case Slice<?> inner -> sb.append(marshal(inner));
                default -> sb.append('"').append(v.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
        }
        return sb.append(']').toString();
    }
}
