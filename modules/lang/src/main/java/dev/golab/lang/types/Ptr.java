package dev.golab.lang.types;

/*
 * Go behaviour:    &x is a pointer to the variable x; writes through it change x. A nil pointer
 *                  has no target: dereferencing it panics with "runtime error: invalid memory
 *                  address or nil pointer dereference".
 * Model:           a Ptr wraps the StructValue storage it points to; a nil pointer is Java null.
 * Invariants:      LANG-I15 two Ptrs to the same storage see each other's writes; Go's == on
 *                  pointers is identity of the target.
 * Differs from Go: only pointers to structs exist here (enough for receivers and embedding); there
 *                  is no address arithmetic or escape analysis.
 * See:             MethodSetAnswersTest.
 */
public record Ptr(StructValue target) {
    public Ptr {
        if (target == null) throw new IllegalArgumentException("a nil pointer is null, not a Ptr");
    }

    /** {@code &v}. */
    public static Ptr to(StructValue v) {
        return new Ptr(v);
    }

    /** {@code *p}, panicking on a nil pointer as Go does. */
    public static StructValue deref(Ptr p) {
        if (p == null) throw dev.golab.runtime.RuntimeError.nilDereference();
        return p.target;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ptr p && p.target == target;                 // LANG-I15: identity
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(target);
    }

    @Override
    public String toString() {
        return "&" + target;
    }
}
