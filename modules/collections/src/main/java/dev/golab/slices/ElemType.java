package dev.golab.slices;

/*
 * Go behaviour:    growslice's result depends on the element type only through its size and whether
 *                  it contains pointers (runtime/slice.go: et.Size_, et.Pointers()).
 * Model:           a record of exactly those two facts plus the Go spelling for messages.
 * Invariants:      ET-I1 size >= 0.
 * Differs from Go: a Java Slice<T> always holds references; the element type it models is declared
 *                  here (default: Go's int, 8 bytes, pointer-free), not inferred from T.
 * See:             GrowsliceDifferentialTest, SliceAnswersTest.
 */
public record ElemType(int size, boolean hasPointers, String goName) {
    /** Go's int on 64-bit: 8 bytes, no pointers. */
    public static final ElemType INT = new ElemType(8, false, "int");
    /** Go's byte. */
    public static final ElemType BYTE = new ElemType(1, false, "uint8");
    /** A pointer such as *T or a string header's first word: 8 bytes with pointers. */
    public static final ElemType POINTER = new ElemType(8, true, "*T");

    public ElemType {
        if (size < 0) throw new IllegalArgumentException("negative element size " + size);
    }

    /** {@code [n]byte}: n bytes, no pointers (the oracle's element types). */
    public static ElemType bytes(int n) {
        return new ElemType(n, false, "[" + n + "]uint8");
    }
}
