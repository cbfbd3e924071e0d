package dev.golab.maps;

/*
 * Go behaviour:    map[K]V (Go spec "Map types"; runtime/map.go in go1.23, internal/runtime/maps in
 *                  go1.24+): a reference to a hash table; the zero map is nil (reads give the zero
 *                  value, writes panic); iteration order is unspecified and randomised per range.
 * Model:           an interface with two designs behind it — BucketMap (Go <= 1.23: 8-slot buckets,
 *                  tophash, overflow chains, incremental evacuation) and SwissMap (Go 1.24+: Swiss
 *                  tables under an extendible-hashing directory). make()/nil() give the Go 1.23 model.
 * Invariants:      GM-I1 len() == number of distinct (Go-equal) keys stored, NaN keys each counted.
 *                  GM-I2 a key deleted before the iterator reaches it is never produced; no key is produced
 *                  twice. GM-I3 a nil map panics on put with Go's text, and is empty for everything else.
 *                  GM-I4 a write overlapping another write or a read is reported (best effort) as GoFatal.
 * Differs from Go: the zero value of V is null unless given (make(hint, zero)); keys use Go equality for
 *                  Float/Double (NaN != NaN, +0 == -0) and Java equals() otherwise.
 * See:             MapAnswersTest, MapPropertiesTest, MapConcurrencyAnswersTest, MapBenchmark.
 */
import java.util.function.BiConsumer;

public interface GoMap<K, V> extends Iterable<GoMap.Entry<K, V>> {

    /** One produced (key, value) pair of a range loop. */
    record Entry<K, V>(K key, V value) {}

    /** {@code v, ok := m[k]}. */
    record Lookup<V>(V value, boolean ok) {}

    /** {@code make(map[K]V)} — the Go 1.23 bucket model. */
    static <K, V> GoMap<K, V> make() {
        return BucketMap.make(0, null);
    }

    /** {@code make(map[K]V, hint)}: pre-sized so hint inserts do not grow. */
    static <K, V> GoMap<K, V> make(int hint) {
        return BucketMap.make(hint, null);
    }

    /** {@code make(map[K]V, hint)} whose missing-key reads return {@code zero}. */
    static <K, V> GoMap<K, V> make(int hint, V zero) {
        return BucketMap.make(hint, zero);
    }

    /** {@code var m map[K]V}. */
    static <K, V> GoMap<K, V> nil() {
        return BucketMap.nilMap(null);
    }

    /** A Go 1.24+ Swiss-table map behind the same interface. */
    static <K, V> GoMap<K, V> swiss(int hint) {
        return SwissMap.make(hint, null);
    }

    /** {@code m[k] = v}; nil map -> GoPanic("assignment to entry in nil map"). */
    void put(K key, V value);

    /** {@code m[k]}: the zero value when absent. */
    V get(K key);

    /** {@code v, ok := m[k]}. */
    Lookup<V> getOk(K key);

    /** {@code delete(m, k)}: a no-op when absent or when m is nil. */
    void delete(K key);

    /** {@code len(m)}. */
    int len();

    /** {@code clear(m)} (Go 1.21). */
    void clear();

    boolean isNil();

    /** {@code for k, v := range m}. */
    default void forEach(BiConsumer<? super K, ? super V> body) {
        for (Entry<K, V> e : this) body.accept(e.key(), e.value());
    }

    /** The model's internal state, for tests and the tour. */
    MapStats stats();

    /** Registry key: {@code maps.Bucket} or {@code maps.Swiss}. */
    String model();
}
