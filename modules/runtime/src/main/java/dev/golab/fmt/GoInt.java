package dev.golab.fmt;

/*
 * Go behaviour:    a value of one of Go's integer types; uint64 values above 2^63-1 exist.
 * Model:           the 64 bits plus the kind. Java's boxed integers stand for Go's usual types
 *                  directly (Integer → int, Long → int64, Short → int16, Byte → int8,
 *                  Character → int32 i.e. rune); GoInt covers the rest (uint8, uint64, uintptr, …).
 * Invariants:      FMT-I14 bits is normalised to the kind (uint8(300) holds 44).
 * Differs from Go: none.
 * See:             IntKind, FmtAnswersTest.
 */
public record GoInt(IntKind kind, long bits) {
    public GoInt {
        bits = kind.normalise(bits);
    }

    public static GoInt of(IntKind kind, long v) {
        return new GoInt(kind, v);
    }

    public static GoInt uint8(int v) {
        return new GoInt(IntKind.UINT8, v);
    }

    public static GoInt uint16(int v) {
        return new GoInt(IntKind.UINT16, v);
    }

    public static GoInt uint32(long v) {
        return new GoInt(IntKind.UINT32, v);
    }

    /** uint64 from its bits: uint64(-1) is 18446744073709551615. */
    public static GoInt uint64(long bits) {
        return new GoInt(IntKind.UINT64, bits);
    }

    public static GoInt uint(long bits) {
        return new GoInt(IntKind.UINT, bits);
    }

    public static GoInt int32(int v) {
        return new GoInt(IntKind.INT32, v);
    }

    public static GoInt intValue(long v) {
        return new GoInt(IntKind.INT, v);
    }

    @Override
    public String toString() {
        return kind.signed ? Long.toString(bits) : Long.toUnsignedString(bits);
    }
}
