package dev.golab.strings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** UTF-8 properties over generated inputs, against the JDK's strict decoder as an independent reference. */
class StringPropertiesTest {

    @Test
    @DisplayName("CORE-12.05 Q: is string([]rune(s)) == s for any valid UTF-8 string?")
    void runeRoundTripIsIdentityOnValidStrings() {
        qt().withFixedSeed(1205L).withExamples(500)
                .forAll(lists().of(integers().between(0, 0x10FFFF)).ofSizeBetween(0, 30))
                .checkAssert(cps -> {
                    int[] runes = cps.stream().mapToInt(Integer::intValue).filter(Utf8::validRune).toArray();
                    GoString s = GoString.fromRunes(runes);
                    assertThat(s.valid()).isTrue();
                    assertThat(s.runes()).containsExactly(runes);
                    assertThat(GoString.fromRunes(s.runes())).isEqualTo(s);
                    assertThat(s.toString().codePoints().toArray()).containsExactly(runes);
                });
    }

    @Test
    @DisplayName("CORE-12.A1 Q: for arbitrary bytes, do widths tile the string and does validity match a strict decoder?")
    void decodingArbitraryBytesTilesTheInputAndAgreesWithAStrictDecoderOnValidity() {
        qt().withFixedSeed(121L).withExamples(3_000)
                .forAll(lists().of(integers().between(0, 255)).ofSizeBetween(0, 12))
                .checkAssert(bs -> {
                    byte[] b = new byte[bs.size()];
                    for (int i = 0; i < b.length; i++) b[i] = (byte) (int) bs.get(i);
                    GoString s = GoString.ofBytes(b);
                    int[] next = {0};
                    s.forEachRune((i, r) -> {
                        assertThat(i).isEqualTo(next[0]);
                        int w = Utf8.width(s.decodeRuneAt(i));
                        if (w > 1) assertThat(r).as("a multi-byte decode is a real rune").isGreaterThanOrEqualTo(0x80);
                        next[0] += w;
                    });
                    assertThat(next[0]).isEqualTo(b.length);
                    boolean strict;
                    try {
                        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
                        strict = true;
                    } catch (CharacterCodingException e) {
                        strict = false;
                    }
                    assertThat(s.valid()).as("valid(% x)", b).isEqualTo(strict);
                });
    }
}
