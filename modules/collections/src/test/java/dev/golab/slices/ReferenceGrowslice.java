package dev.golab.slices;

/*
 * An INDEPENDENT reference for growslice, written again from Go's source rules (runtime/slice.go
 * growslice's switch on element size, msize.go roundupsize) but sharing no code with Growslice or
 * SizeClasses: the size classes come from the oracle file, the class lookup is a linear "smallest class
 * >= n" scan, and the element-size switch mirrors Go's four cases (1, PtrSize, power of two, other).
 */
import dev.golab.testkit.Oracle;
import java.util.List;

final class ReferenceGrowslice {
    static final long[] CLASSES = ((List<?>) Oracle.object("growslice-public.json").get("size_classes"))
            .stream().mapToLong(o -> (Long) o).toArray();

    private ReferenceGrowslice() {}

    static long nextCap(long newLen, long oldCap) {
        if (newLen > 2 * oldCap) return newLen;
        if (oldCap < 256) return 2 * oldCap;
        long c = oldCap;
        while (c < newLen) c = c + (c + 768) / 4;
        return c;
    }

    static long roundup(long size, boolean noscan) {
        long header = (!noscan && size > 512 && size <= 32768 - 8) ? 8 : 0;
        long req = size + header;
        if (size <= 32768 - 8) {
            for (long c : CLASSES) if (c >= req) return c - header;
        }
        return (size + 8191) / 8192 * 8192;
    }

    static long newCap(long oldCap, long newLen, long elemSize, boolean hasPointers) {
        if (elemSize == 0) return newLen;
        long newcap = nextCap(newLen, oldCap);
        boolean noscan = !hasPointers;
        if (elemSize == 1) return roundup(newcap, noscan);
        if (elemSize == 8) return roundup(newcap * 8, noscan) / 8;
        if (Long.bitCount(elemSize) == 1) {
            int shift = Long.numberOfTrailingZeros(elemSize);
            return roundup(newcap << shift, noscan) >> shift;
        }
        return roundup(newcap * elemSize, noscan) / elemSize;
    }
}
