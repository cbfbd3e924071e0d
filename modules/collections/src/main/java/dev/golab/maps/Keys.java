package dev.golab.maps;

/*
 * Go behaviour:    map keys compare with Go's == (runtime/alg.go): floats by value, so NaN != NaN and
 *                  +0 == -0; a NaN key hashes randomly (f64hash: `case f != f: return c1 * (c0 ^ h ^
 *                  uintptr(rand()))`) so every NaN insert adds an entry; slices are unhashable and panic
 *                  "runtime error: hash of unhashable type []T" when reached through an interface key.
 *                  Each map hashes with its own random seed (hmap.hash0).
 * Model:           hash(k, seed) = murmur3 fmix64(bits(k) ^ seed); bits are the long value for integral
 *                  keys, the IEEE bits (with -0 folded to +0) for floats, hashCode() otherwise.
 * Invariants:      I1 equal(a, b) => hash(a, s) == hash(b, s). I2 equal(NaN, NaN) is false.
 * Differs from Go: Go uses AES/wyhash over the key's memory; the mixing function differs, the rules do not.
 * See:             MapAnswersTest (NaN, +0/-0, unhashable).
 */
import dev.golab.runtime.RuntimeError;
import dev.golab.slices.IntSlice;
import dev.golab.slices.Slice;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;

final class Keys {
    private Keys() {}

    static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    static long hash(Object k, long seed) {
        long bits;
        switch (k) {
            case null -> bits = 0;
            case Long l -> bits = l;
            case Integer i -> bits = i;
            case Double d -> {
                double v = d;
                if (v != v) return ThreadLocalRandom.current().nextLong();
                bits = v == 0 ? 0 : Double.doubleToRawLongBits(v);
            }
            case Float f -> {
                float v = f;
                if (v != v) return ThreadLocalRandom.current().nextLong();
                bits = v == 0 ? 0 : Float.floatToRawIntBits(v);
            }
            case Slice<?> s -> throw unhashable("[]" + s.elemType().goName());
            case IntSlice s -> throw unhashable("[]int");
            default -> bits = k.hashCode();
        }
        return mix(bits ^ seed);
    }

    /** Go's == for map keys. */
    static boolean equal(Object a, Object b) {
        if (a == b) return !(a instanceof Double d && d.isNaN()) && !(a instanceof Float f && f.isNaN());
        if (a instanceof Double x && b instanceof Double y) return x.doubleValue() == y.doubleValue();
        if (a instanceof Float x && b instanceof Float y) return x.floatValue() == y.floatValue();
        return Objects.equals(a, b);
    }

    /** Whether k == k (false only for NaN): Go's "reflexive key" test. */
    static boolean reflexive(Object k) {
        return !(k instanceof Double d && d.isNaN()) && !(k instanceof Float f && f.isNaN());
    }

    static RuntimeError unhashable(String type) {
        return new RuntimeError("runtime error: hash of unhashable type " + type);
    }

    static long newSeed() {
        return ThreadLocalRandom.current().nextLong();
    }
}
