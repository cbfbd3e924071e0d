/**
 * Go maps, two generations of the runtime's design behind one interface ({@link dev.golab.maps.GoMap}).
 *
 * <p>Go source modelled: runtime/map.go (go1.23.5: hmap, bmap, mapaccess, mapassign, mapdelete, hashGrow,
 * evacuate, mapiterinit/mapiternext, mapclear) and internal/runtime/maps (go1.24: Map, directory, table,
 * groups of 8 control bytes, H1/H2, quadratic group probing, 7/8 max load, 1024-slot tables split by
 * extendible hashing).
 *
 * <p>Invariants: MAP-I1 len == distinct stored keys (each NaN is its own key). MAP-I2 range never produces a deleted
 * key or a key twice; keys present throughout are produced once. MAP-I3 nil map: reads empty, writes panic
 * "assignment to entry in nil map". MAP-I4 overlapping write/write or read/write -> GoFatal (best effort).
 *
 * <table>
 *   <caption>Variants</caption>
 *   <tr><th>Registry key</th><th>Class</th><th>Go</th></tr>
 *   <tr><td>maps.Bucket</td><td>BucketMap</td><td>&lt;= 1.23 buckets + overflow + incremental evacuation</td></tr>
 *   <tr><td>maps.Swiss</td><td>SwissMap</td><td>1.24+ Swiss tables + directory</td></tr>
 * </table>
 *
 * <p>Memory layout: both designs keep Go's logical layout (bucket = 8 tophash bytes, 8 keys, 8 elems,
 * overflow link; group = 8 control bytes + 8 key/elem slots) but split each block over flat parallel Java
 * arrays indexed by bucket/group number — a long[] for the tophash/control words, an Object[] for the
 * keys and elems, an int[] for overflow links — because a Java array cannot mix longs and references
 * (see BucketArray and SwissTable). Keys and elems are references, not inline values.
 *
 * <p>Differences from Go: hashing mixes Java hashCode()/value bits with the per-map seed (Go hashes key
 * memory with AES or wyhash); the zero value of V is null unless given; a GoFatal is a Java Error that a
 * catch (Throwable) could still catch, where Go exits.
 */
package dev.golab.maps;
