package dev.golab.slices;

/*
 * Go behaviour:    new(T) allocates a zeroed T and returns *T; it is the same as `var x T; p := &x`.
 *                  Distinct new(T) calls give distinct pointers; *p reads, *p = v writes through.
 * Model:           a one-slot box: newOf(zero) is new(T), to(variable-like box) is &x.
 * Invariants:      PTR-I1 a fresh Pointer holds the zero value. PTR-I2 two Pointers are == only if identical.
 * Differs from Go: Java has no pointer arithmetic or address-of on locals; the "variable" is a Pointer
 *                  from the start (escape analysis would heap-allocate it in Go too).
 * See:             BuiltinsAnswersTest (CORE-05.03).
 */
public final class Pointer<T> {
    private T value;

    private Pointer(T value) {
        this.value = value;
    }

    /** {@code new(T)} where {@code zero} is T's zero value. */
    public static <T> Pointer<T> newOf(T zero) {
        return new Pointer<>(zero);
    }

    /** {@code *p}. */
    public T load() {
        return value;
    }

    /** {@code *p = v}. */
    public void store(T v) {
        value = v;
    }

    @Override
    public String toString() {
        return "0x" + Integer.toHexString(System.identityHashCode(this));
    }
}
