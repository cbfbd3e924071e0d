package dev.golab.slices;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golab.runtime.malloc.SizeClasses;
import dev.golab.testkit.Oracle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Growslice against real Go (every shared oracle row) and against an independent reference model. */
class GrowsliceDifferentialTest {

    @Test
    @DisplayName("CORE-03.A2 Q: does append grow exactly like Go 1.23 for every oracle row ([1]/[8]/[16]/[24]byte)?")
    @SuppressWarnings("unchecked")
    void everyOracleRowIsReproducedByAppendingOneAtATime() {
        var series = (List<Map<String, Object>>) Oracle.object("growslice-public.json").get("series");
        int rows = 0;
        for (var s : series) {
            int elemSize = ((Long) s.get("elem_size")).intValue();
            List<String> expected = new ArrayList<>();
            for (var row : (List<Map<String, Object>>) s.get("one_by_one")) {
                expected.add(row.get("len_before") + ":" + row.get("cap_before") + "->" + row.get("cap_after"));
                rows++;
            }
            List<String> actual = new ArrayList<>();
            Slice<Object> sl = Slice.withElemSize(elemSize);
            for (int i = 0; i < 20_000; i++) {
                int before = sl.cap();
                sl = sl.append((Object) null);
                if (sl.cap() != before) actual.add(i + ":" + before + "->" + sl.cap());
            }
            assertThat(actual).as("s := [][%d]byte(nil); for ... { s = append(s, [%d]byte{}) }", elemSize, elemSize)
                    .isEqualTo(expected);
        }
        assertThat(rows).isEqualTo(83);
    }

    @Test
    @DisplayName("Q: does Growslice.newCap equal an independent reference written from Go's rules, for any element size, pointers, and append pattern?")
    void newCapEqualsIndependentReferenceOnGeneratedInputs() {
        SplittableRandom rnd = new SplittableRandom(0x60_1a_b5L);
        int[] sizes = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 16, 20, 24, 32, 40, 48, 56, 64, 72, 80, 96, 100, 128, 144,
                200, 256, 384, 500, 512, 513, 1000, 1024, 4096, 5000, 32768, 40000};
        int checked = 0;
        for (int elemSize : sizes) {
            for (boolean ptr : new boolean[] {false, true}) {
                for (int oldCap = 0; oldCap < 2_000; oldCap += 1 + oldCap / 16) {
                    for (int k = 0; k < 6; k++) {
                        int add = k < 3 ? k + 1 : 1 + rnd.nextInt(k == 3 ? 16 : 3 * oldCap + 5);
                        long want = ReferenceGrowslice.newCap(oldCap, oldCap + add, elemSize, ptr);
                        if (want * Math.max(1, elemSize) > Growslice.MAX_ALLOC) continue;
                        assertThat(Growslice.grow(oldCap, oldCap + add, elemSize, ptr))
                                .as("cap after append of %d to cap %d, elem %d bytes, pointers=%s", add, oldCap, elemSize, ptr)
                                .isEqualTo(want);
                        checked++;
                    }
                }
                for (int k = 0; k < 200; k++) { // large caps: page rounding path
                    long oldCap = 2_000 + rnd.nextLong(5_000_000);
                    long newLen = oldCap + 1 + rnd.nextLong(oldCap * 3);
                    if (elemSize > 0 && newLen * 3L * elemSize > Growslice.MAX_ALLOC) continue;
                    assertThat(Growslice.grow(oldCap, newLen, elemSize, ptr))
                            .isEqualTo(ReferenceGrowslice.newCap(oldCap, newLen, elemSize, ptr));
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(50_000);
    }

    @Test
    @DisplayName("Q: are the 67 size classes derived by mksizeclasses' rule the ones real Go 1.23 uses?")
    void generatedSizeClassesEqualGoTable() {
        assertThat(SizeClasses.classSizes()).containsExactly(
                java.util.Arrays.stream(ReferenceGrowslice.CLASSES).mapToInt(l -> (int) l).toArray());
        assertThat(SizeClasses.NUM_SIZE_CLASSES).isEqualTo(68);
    }
}
