package dev.golab.lab.tour;

import dev.golab.strings.Builder;
import dev.golab.strings.GoString;
import dev.golab.strings.Utf8;
import java.util.ArrayList;
import java.util.List;

/** Strings: bytes vs runes, Go's range decoding of invalid UTF-8, + vs strings.Builder. */
public final class StringsChapter implements Chapter {
    @Override
    public String name() {
        return "strings";
    }

    @Override
    public String title() {
        return "Strings: bytes, runes, UTF-8 decoding, Builder";
    }

    private static String range(GoString s) {
        List<String> out = new ArrayList<>();
        s.forEachRune((i, r) -> out.add(String.format("%d:U+%04X/%d", i, r, Utf8.width(s.decodeRuneAt(i)))));
        return String.join(" ", out);
    }

    @Override
    public void run(TourOut out) {
        GoString hello = GoString.of("Hello, 世界");
        out.behaviour("CORE-12.02", "len(\"Hello, 世界\"), s[0], len([]rune(s))?", "13, 72, 9",
                hello.len() + ", " + hello.byteAt(0) + ", " + hello.runes().length,
                hello.len() == 13 && hello.byteAt(0) == 72 && hello.runes().length == 9);
        String r = range(hello.sliceFrom(6));
        out.behaviour("CORE-12.04", "for i, r := range s[6:] — offsets, runes, widths?",
                "0:U+0020/1 1:U+4E16/3 4:U+754C/3", r, r.equals("0:U+0020/1 1:U+4E16/3 4:U+754C/3"));

        String[][] cases = {{"61ff62", "0:U+0061/1 1:U+FFFD/1 2:U+0062/1"}, {"c0af", "0:U+FFFD/1 1:U+FFFD/1"},
                {"eda080", "0:U+FFFD/1 1:U+FFFD/1 2:U+FFFD/1"}, {"e4b8", "0:U+FFFD/1 1:U+FFFD/1"},
                {"efbfbd", "0:U+FFFD/3"}};
        for (String[] c : cases) {
            GoString s = GoString.ofBytes(java.util.HexFormat.of().parseHex(c[0]));
            String got = range(s);
            out.behaviour("CORE-12.A1", "range over bytes " + s.hex() + "?", c[1], got, got.equals(c[1]));
        }

        GoString piece = GoString.of("0123456789");
        GoString acc = GoString.EMPTY;
        long plus = 0;
        for (int i = 0; i < 1_000; i++) {
            acc = acc.concat(piece);
            if (i > 0) plus += acc.len();
        }
        Builder b = new Builder();
        for (int i = 0; i < 1_000; i++) b.writeString(piece);
        out.behaviour("CORE-12.08", "Building 10 KB from 1000 pieces: bytes copied by += vs strings.Builder?",
                "+=: O(n²) ≈ 5,000,000 B; Builder: O(n), a few ×10,000 B",
                "+=: " + plus + " B; Builder: " + b.bytesCopied() + " B in " + b.allocations() + " buffers",
                plus > 4_000_000 && b.bytesCopied() < 50_000);
    }
}
