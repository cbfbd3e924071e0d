package dev.golab.slices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.ref.WeakReference;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** CORE-03.12: a small sub-slice keeps its whole backing array alive. */
class RetentionAnswersTest {
    private static final int BIG = 1 << 20;

    /** {@code return data[:10]}: the header keeps all of data's array. */
    private static Slice<Byte> firstTenShared(Slice<Byte> data) {
        return data.slice(0, 10);
    }

    /** {@code out := make([]byte, 10); copy(out, data); return out}. */
    private static Slice<Byte> firstTenCopied(Slice<Byte> data) {
        Slice<Byte> out = Slice.make(ElemType.BYTE, 10, 10);
        Slice.copy(out, data);
        return out;
    }

    @Test
    @DisplayName("CORE-03.12 Q: how many bytes does returning data[:10] keep alive, and does copying release them?")
    void subsliceRetainsTheWholeArrayCopyRetainsTenBytes() {
        Slice<Byte> data = Slice.make(ElemType.BYTE, BIG, BIG);
        Slice<Byte> shared = firstTenShared(data);
        Slice<Byte> copied = firstTenCopied(data);
        assertThat(shared.retainedBytes()).isEqualTo(BIG);
        assertThat(copied.retainedBytes()).isEqualTo(10);
        assertThat(shared.cap()).as("the hidden capacity is the leak").isEqualTo(BIG);
    }

    @Test
    @DisplayName("CORE-03.12 Q: can the JVM's collector reclaim the big array while only a 10-element sub-slice is live?")
    void realCollectorKeepsTheArrayWhileTheSubsliceLivesAndFreesItAfterACopy() {
        Object[] holder = new Object[1];
        WeakReference<Slice<Byte>> bigHeader = makeBig(holder);
        Slice<Byte> small = firstTenShared(bigHeader.get());
        WeakReference<Object> array = backing(small);
        holder[0] = null;
        System.gc();
        assertThat(array.get()).as("data[:10] keeps the 1 MiB array reachable").isNotNull();

        Slice<Byte> released = firstTenCopied(small);
        small = null; // drop the only header over the big array
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            System.gc();
            return array.get() == null;
        });
        assertThat(released.len()).isEqualTo(10);
    }

    private static WeakReference<Slice<Byte>> makeBig(Object[] holder) {
        Slice<Byte> data = Slice.make(ElemType.BYTE, BIG, BIG);
        holder[0] = data;
        return new WeakReference<>(data);
    }

    /** A weak reference to the backing array, reached through a zero-length view of the header. */
    private static WeakReference<Object> backing(Slice<Byte> s) {
        return new WeakReference<>(s.backingArrayForTest());
    }
}
