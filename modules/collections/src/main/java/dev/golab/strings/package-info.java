/**
 * Go strings: UTF-8 byte sequences, runes, and how to build them.
 *
 * <p>Go source modelled: unicode/utf8/utf8.go (DecodeRune, EncodeRune, RuneLen, ValidString — go1.23),
 * runtime/string.go (concatstrings, slicebytetostring, stringtoslicerune), strings/builder.go.
 *
 * <p>Invariants: STR-I1 a GoString's bytes never change. STR-I2 decoding never reads past the end and yields
 * U+FFFD with width 1 for each invalid byte. STR-I3 fromRunes(runes(s)) == s for valid UTF-8.
 *
 * <table>
 *   <caption>Variants</caption>
 *   <tr><th>Class</th><th>Go</th></tr>
 *   <tr><td>GoString</td><td>string (with + as concat)</td></tr>
 *   <tr><td>Builder</td><td>strings.Builder</td></tr>
 *   <tr><td>Utf8</td><td>unicode/utf8</td></tr>
 * </table>
 *
 * <p>Differences from Go: conversions always copy (Go may elide a copy when escape analysis allows; the
 * observable behaviour is the same). Builder has no copyCheck.
 */
package dev.golab.strings;
