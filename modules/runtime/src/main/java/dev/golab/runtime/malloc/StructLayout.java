/*
 * Go behaviour:    on a 64-bit platform each field of a struct starts at the next offset that is a
 *                  multiple of its type's alignment; the struct's alignment is its largest field
 *                  alignment, and its size is rounded up to that alignment. A struct that is not empty
 *                  but ends in a zero-size field gets one more byte before the rounding, so the address
 *                  of that field never points at the next object (Go spec, "Size and alignment
 *                  guarantees"; cmd/compile/internal/types/size.go, CalcStructSize, issue 9401;
 *                  go1.23 linux/amd64). Sizes and alignments of the basic types: see Basic.
 * Model:           a layout calculator: Struct.of(fields) computes each field's offset, the size, the
 *                  alignment and the padding, as unsafe.Offsetof, Sizeof and Alignof would report them.
 * Invariants:      SL-I1 every offset is a multiple of its field's alignment, and fields do not overlap.
 *                  SL-I2 size is a multiple of the alignment, and size >= the sum of the field sizes.
 *                  SL-I3 reordering fields never changes the sum of the field sizes, only the padding.
 * Differs from Go: none for 64-bit; 32-bit layouts (4-byte int64 alignment on 386 and arm) are not
 *                  modelled. The JVM lays out object fields itself; this models Go, not Java.
 * See:             StructLayoutAnswersTest (PERF-01.07).
 */
package dev.golab.runtime.malloc;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

public final class StructLayout {
    private StructLayout() {}

    /** A Go type as far as layout is concerned. */
    public sealed interface Type permits Basic, Array, Struct {
        long size();

        long align();
    }

    /** Go's predeclared and built-in types on amd64 (unsafe.Sizeof / unsafe.Alignof). */
    public enum Basic implements Type {
        BOOL(1, 1), INT8(1, 1), UINT8(1, 1), INT16(2, 2), INT32(4, 4), FLOAT32(4, 4),
        INT64(8, 8), INT(8, 8), UINTPTR(8, 8), FLOAT64(8, 8), COMPLEX64(8, 4), COMPLEX128(16, 8),
        POINTER(8, 8), MAP(8, 8), CHAN(8, 8), FUNC(8, 8),
        STRING(16, 8), INTERFACE(16, 8), SLICE(24, 8);

        private final long size, align;

        Basic(long size, long align) {
            this.size = size;
            this.align = align;
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public long align() {
            return align;
        }

        @Override
        public String toString() {
            return switch (this) {
                case UINT8 -> "byte";
                case POINTER -> "*T";
                case MAP -> "map";
                case CHAN -> "chan";
                case FUNC -> "func";
                case INTERFACE -> "any";
                case SLICE -> "[]T";
                default -> name().toLowerCase();
            };
        }
    }

    /** [n]T: n elements back to back; the alignment of T. */
    public record Array(Type elem, long len) implements Type {
        public Array {
            if (len < 0) throw new IllegalArgumentException("array length must be >= 0, got " + len);
        }

        @Override
        public long size() {
            return elem.size() * len;
        }

        @Override
        public long align() {
            return elem.align();
        }

        @Override
        public String toString() {
            return "[" + len + "]" + elem;
        }
    }

    public record Field(String name, Type type) {}

    /** A laid-out struct: its fields with their offsets, its size and alignment. */
    public record Struct(List<Field> fields, List<Long> offsets, long size, long align) implements Type {
        /** The empty struct, struct{}: size 0, alignment 1. */
        public static final Struct EMPTY = of();

        /** Lays the fields out in the order given, as the compiler does (it never reorders). */
        public static Struct of(Field... fields) {
            List<Long> offsets = new ArrayList<>(fields.length);
            long off = 0, align = 1;
            for (Field f : fields) {
                long a = f.type().align();
                off = roundUp(off, a);
                offsets.add(off);
                off += f.type().size();
                align = Math.max(align, a);
            }
            if (off > 0 && fields[fields.length - 1].type().size() == 0) off++;   // issue 9401
            return new Struct(List.of(fields), List.copyOf(offsets), roundUp(off, align), align);
        }

        /** The sum of the field sizes: what the layout would take with no padding at all. */
        public long fieldBytes() {
            return fields.stream().mapToLong(f -> f.type().size()).sum();
        }

        /** Bytes of padding: between fields and at the end. */
        public long padding() {
            return size - fieldBytes();
        }

        /** Offset by offset, e.g. "a byte @0 (+7 pad), b int64 @8: size 16, align 8". */
        public String describe() {
            StringJoiner j = new StringJoiner(", ", "", ": size " + size + ", align " + align);
            for (int i = 0; i < fields.size(); i++) {
                Field f = fields.get(i);
                long end = offsets.get(i) + f.type().size();
                long next = i + 1 < fields.size() ? offsets.get(i + 1) : size;
                j.add(f.name() + " " + f.type() + " @" + offsets.get(i) + (next > end ? " (+" + (next - end) + " pad)" : ""));
            }
            return j.toString();
        }

        @Override
        public String toString() {
            StringJoiner j = new StringJoiner("; ", "struct{", "}");
            fields.forEach(f -> j.add(f.name() + " " + f.type()));
            return j.toString();
        }
    }

    static long roundUp(long n, long align) {
        return (n + align - 1) / align * align;
    }
}
