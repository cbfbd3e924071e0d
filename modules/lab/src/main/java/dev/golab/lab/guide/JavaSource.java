package dev.golab.lab.guide;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough Java reading to index tests without compiling them: comments and literals blanked out
 * (so braces and keywords inside them do not count), type declarations with their body spans, and the
 * string value of an annotation argument.
 */
final class JavaSource {
    private static final Pattern TYPE = Pattern.compile("\\b(class|interface|enum|record)\\s+([A-Za-z_]\\w*)");

    /** A class, interface, enum or record: its name, whether it is an interface, and its body [open, close]. */
    record Type(String name, boolean isInterface, int declaredAt, int open, int close) {
        boolean encloses(int pos) {
            return pos > open && pos < close;
        }
    }

    final String text;
    /** The text with comments, strings and chars replaced by spaces (same length, same offsets). */
    final String code;
    final List<Type> types = new ArrayList<>();

    JavaSource(String text) {
        this.text = text;
        this.code = blank(text);
        Matcher m = TYPE.matcher(code);
        while (m.find()) {
            int open = code.indexOf('{', m.end());
            if (open < 0) continue;
            types.add(new Type(m.group(2), m.group(1).equals("interface"), m.start(), open, matching(open)));
        }
    }

    /** Innermost-last chain of the types enclosing {@code pos}: [Outer, Inner]. */
    List<Type> enclosing(int pos) {
        List<Type> chain = new ArrayList<>();
        for (Type t : types) if (t.encloses(pos)) chain.add(t);
        chain.sort((a, b) -> Integer.compare(a.open(), b.open()));
        return chain;
    }

    private int matching(int open) {
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '{') depth++;
            else if (c == '}' && --depth == 0) return i;
        }
        return code.length();
    }

    /** The concatenated string literals of the parenthesised argument starting at {@code openParen}. */
    String literalArgument(int openParen) {
        StringBuilder value = new StringBuilder();
        int depth = 0;
        for (int i = openParen; i < text.length(); i++) {
            char c = code.charAt(i);
            if (c == '(') depth++;
            else if (c == ')' && --depth == 0) break;
            if (text.charAt(i) == '"' && code.charAt(i) == ' ') i = readString(i, value);
        }
        return value.toString();
    }

    /** Reads the literal whose opening quote is at {@code quote} into {@code out}; returns the index of its closing quote. */
    private int readString(int quote, StringBuilder out) {
        int i = quote + 1;
        while (i < text.length() && text.charAt(i) != '"') {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char e = text.charAt(++i);
                out.append(switch (e) { case 'n' -> '\n'; case 't' -> '\t'; default -> e; });
            } else {
                out.append(c);
            }
            i++;
        }
        return i;
    }

    /** Comments, string/char literals and text blocks become spaces; newlines are kept. */
    static String blank(String s) {
        StringBuilder b = new StringBuilder(s);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int end;
            if (s.startsWith("//", i)) end = indexOrEnd(s, "\n", i);
            else if (s.startsWith("/*", i)) end = indexOrEnd(s, "*/", i + 2) + 2;
            else if (s.startsWith("\"\"\"", i)) end = indexOrEnd(s, "\"\"\"", i + 3) + 3;
            else if (c == '"' || c == '\'') end = literalEnd(s, i, c);
            else { i++; continue; }
            end = Math.min(end, s.length());
            for (int k = i; k < end; k++) if (b.charAt(k) != '\n') b.setCharAt(k, ' ');
            i = end;
        }
        return b.toString();
    }

    private static int indexOrEnd(String s, String what, int from) {
        int at = s.indexOf(what, from);
        return at < 0 ? s.length() : at;
    }

    private static int literalEnd(String s, int start, char quote) {
        int i = start + 1;
        while (i < s.length() && s.charAt(i) != quote && s.charAt(i) != '\n') i += s.charAt(i) == '\\' ? 2 : 1;
        return i + 1;
    }
}
