package dev.golab.lab.tour;

import dev.golab.runtime.malloc.SizeClasses;
import dev.golab.slices.ElemType;
import dev.golab.slices.Growslice;
import dev.golab.slices.IntSlice;
import dev.golab.slices.Slice;
import java.util.ArrayList;
import java.util.List;

/** Slices: headers over shared arrays, 3-index slices, Go 1.23 growth — run live on dev.golab.slices. */
public final class SlicesChapter implements Chapter {
    @Override
    public String name() {
        return "slices";
    }

    @Override
    public String title() {
        return "Slices: headers, aliasing, append growth (Go 1.23 growslice)";
    }

    /** One line per header: which cells of the shared array it sees (len) and could grow into (cap). */
    static String diagram(Slice<Integer> array, List<String> names, List<Slice<Integer>> headers, List<Integer> offsets) {
        StringBuilder sb = new StringBuilder("array  ");
        for (int i = 0; i < array.cap(); i++) sb.append(String.format("[%3s]", array.slice(0, array.cap()).get(i)));
        for (int h = 0; h < headers.size(); h++) {
            Slice<Integer> s = headers.get(h);
            sb.append('\n').append(String.format("%-7s", names.get(h)));
            for (int i = 0; i < array.cap(); i++) {
                int rel = i - offsets.get(h);
                sb.append(rel < 0 || rel >= s.cap() ? "     " : rel < s.len() ? "  ^  " : "  .  ");
            }
            sb.append(String.format("  len %d cap %d", s.len(), s.cap()));
        }
        return sb.append("\n(^ = visible element, . = spare capacity append will write into)").toString();
    }

    @Override
    public void run(TourOut out) {
        Slice<Integer> a = Slice.of(1, 2, 3, 4, 5);
        Slice<Integer> b = a.slice(1, 3);
        b.set(0, 99);
        out.behaviour("CORE-03.06", "a := []int{1,2,3,4,5}; b := a[1:3]; b[0] = 99 — what are a and b?",
                "a = [1 99 3 4 5], b = [99 3] len 2 cap 4", "a = " + a + ", b = " + b + " len " + b.len() + " cap " + b.cap(),
                a.toString().equals("[1 99 3 4 5]") && b.cap() == 4);
        out.detail(diagram(a, List.of("a", "b"), List.of(a, b), List.of(0, 1)));

        Slice<Integer> a2 = Slice.of(1, 2, 3, 4, 5);
        a2.slice(1, 3).append(7);
        Slice<Integer> a3 = Slice.of(1, 2, 3, 4, 5);
        a3.slice(1, 3, 3).append(7);
        out.behaviour("CORE-03.A1", "What does append(a[1:3], 7) do to a — and with a[1:3:3]?",
                "a[1:3] → a = [1 2 3 7 5] (wrote into a[3]); a[1:3:3] → a = [1 2 3 4 5] (reallocated)",
                "a[1:3] → a = " + a2 + "; a[1:3:3] → a = " + a3,
                a2.toString().equals("[1 2 3 7 5]") && a3.toString().equals("[1 2 3 4 5]"));

        List<Integer> caps = new ArrayList<>();
        IntSlice s = IntSlice.nil();
        for (int i = 0; i < 3_000; i++) {
            int c = s.cap();
            s = s.append(i);
            if (s.cap() != c) caps.add(s.cap());
        }
        String goCaps = "[1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560, 3408]";
        out.behaviour("CORE-03.A2", "Appending one int at a time to a nil []int: which caps appear?",
                goCaps, caps.toString(), caps.toString().equals(goCaps));
        out.detail("512 → nextslicecap 512+(512+768)/4 = 832 → 832×8 = 6656 B → size class "
                + SizeClasses.roundupsize(6656, true) + " B → cap " + SizeClasses.roundupsize(6656, true) / 8);

        int ptrCap = Growslice.newCap(512, 513, 8, true);
        out.behaviour("CORE-03.A2", "Same growth for []*T (pointers) at cap 512?",
                "847: Go 1.22+ adds an 8-byte malloc header to pointerful objects > 512 B",
                String.valueOf(ptrCap), ptrCap == 847);

        Slice<Byte> data = Slice.make(ElemType.BYTE, 1 << 20, 1 << 20);
        Slice<Byte> head = data.slice(0, 10);
        Slice<Byte> copy = Slice.make(ElemType.BYTE, 10, 10);
        Slice.copy(copy, data);
        out.behaviour("CORE-03.12", "How many bytes does `return data[:10]` keep alive vs a 10-byte copy?",
                "data[:10]: the whole 1 MiB array (1048576 B); copy: 10 B",
                "data[:10]: " + head.retainedBytes() + " B; copy: " + copy.retainedBytes() + " B",
                head.retainedBytes() == 1 << 20 && copy.retainedBytes() == 10);

        Slice<Integer> nil = Slice.nil();
        Slice<Integer> empty = Slice.of();
        out.behaviour("CORE-03.09", "var s []int vs []int{}: nil? len? cap?",
                "nil: true 0 0; []int{}: false 0 0",
                "nil: " + nil.isNil() + " " + nil.len() + " " + nil.cap() + "; []int{}: " + empty.isNil() + " " + empty.len() + " " + empty.cap(),
                nil.isNil() && !empty.isNil());
    }
}
