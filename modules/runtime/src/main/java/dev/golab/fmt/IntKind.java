package dev.golab.fmt;

/*
 * Go behaviour:    Go's integer types: int, int8 … int64 (two's complement), uint, uint8 … uint64,
 *                  uintptr. int and uint are 64 bits on the platforms the lab models (amd64, arm64).
 * Model:           the kind names the type and its width; GoInt keeps the value's bits.
 * Invariants:      FMT-I14 normalise(bits) is the value a Go variable of this type would hold.
 * Differs from Go: none.
 * See:             GoInt.
 */
public enum IntKind {
    INT("int", 64, true), INT8("int8", 8, true), INT16("int16", 16, true), INT32("int32", 32, true),
    INT64("int64", 64, true), UINT("uint", 64, false), UINT8("uint8", 8, false),
    UINT16("uint16", 16, false), UINT32("uint32", 32, false), UINT64("uint64", 64, false),
    UINTPTR("uintptr", 64, false);

    final String goName;
    final int bits;
    final boolean signed;

    IntKind(String goName, int bits, boolean signed) {
        this.goName = goName;
        this.bits = bits;
        this.signed = signed;
    }

    /** Truncate to the width and sign- or zero-extend back to 64 bits, as a Go conversion does. */
    long normalise(long v) {
        if (bits == 64) return v;
        int shift = 64 - bits;
        return signed ? (v << shift) >> shift : (v << shift) >>> shift;
    }

    public String goName() {
        return goName;
    }
}
