package dev.golab.maps;

/*
 * Go behaviour:    map keys compare with Go's == (runtime/alg.go): floats by value, so NaN != NaN and
 *                  +0 == -0; a NaN key hashes randomly (f64hash: `case f != f: return c1 * (c0 ^ h ^
 *                  uintptr(rand()))`) so every NaN insert adds an entry; slices are unhashable and panic
 *                  "runtime error: hash of unhashable type []T" when reached through an interface key.
 *                  Each map hashes with its own random seed (hmap.hash0).
 * Model:           hash(k, seed) = murmur3 fmix64(bits(k) ^ seed); bits are the long value for integral
 *                  keys, the IEEE bits (with -0 folded to +0) for floats, hashCode() otherwise.
 * Invariants:      KEY-I1 equal(a, b) => hash(a, s) == hash(b, s). KEY-I2 equal(NaN, NaN) is false.
 * Differs from Go: Go uses AES/wyhash over the key's memory; the mixing function differs, the rules do not.
 * See:             MapAnswersTest (NaN, +0/-0, unhashable).
 */
import dev.golab.runtime.RuntimeError;
import dev.golab.slices.IntSlice;
import dev.golab.slices.Slice;
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

    /**
     * The key's hash under seed. An instanceof chain, most common kinds first, rather than a pattern switch or
     * a virtual hashCode(): for a map whose keys are all Integer the JIT sees one type at this site and reduces
     * the whole method to a class check, a sign extension and the mixer.
     */
    static long hash(Object k, long seed) {
        long bits;
        if (k instanceof Integer i) {
            bits = i;
        } else if (k instanceof Long l) {
            bits = l;
        } else if (k instanceof Double d) {
            double v = d;
            if (v != v) return ThreadLocalRandom.current().nextLong();
            bits = v == 0 ? 0 : Double.doubleToRawLongBits(v);
        } else if (k instanceof Float f) {
            float v = f;
            if (v != v) return ThreadLocalRandom.current().nextLong();
            bits = v == 0 ? 0 : Float.floatToRawIntBits(v);
        } else if (k == null) {
            bits = 0;
        } else if (k instanceof Slice<?> s) {
            throw unhashable("[]" + s.elemType().goName());
        } else if (k instanceof IntSlice) {
            throw unhashable("[]int");
        } else {
            bits = k.hashCode();
        }
        return mix(bits ^ seed);
    }

    /** Go's == for map keys: identity first (not for NaN), integral keys by value, floats by value, else equals(). */
    static boolean equal(Object a, Object b) {
        if (a instanceof Integer x) return a == b || b instanceof Integer y && x.intValue() == y.intValue();
        if (a instanceof Long x) return a == b || b instanceof Long y && x.longValue() == y.longValue();
        if (a instanceof Double x) return b instanceof Double y && x.doubleValue() == y.doubleValue();
        if (a instanceof Float x) return b instanceof Float y && x.floatValue() == y.floatValue();
        return a == b || (a != null && a.equals(b));
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
