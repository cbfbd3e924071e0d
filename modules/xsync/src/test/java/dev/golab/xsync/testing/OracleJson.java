package dev.golab.xsync.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the Go oracle files copied into src/test/resources/oracle (verbatim copies of
 * benchmarks/go/oracle/data/*.json, produced by real Go 1.23). A minimal JSON reader: objects, strings,
 * booleans, numbers, null — all the oracle uses.
 */
public final class OracleJson {
    private final String s;
    private int i;

    private OracleJson(String s) {
        this.s = s;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> load(String name) {
        try (InputStream in = OracleJson.class.getResourceAsStream("/oracle/" + name)) {
            if (in == null) throw new IllegalStateException("missing oracle " + name);
            return (Map<String, Object>) new OracleJson(new String(in.readAllBytes(), StandardCharsets.UTF_8)).value();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Walks a path of object keys: at(root, "WithCancel", "after_cancel"). */
    @SuppressWarnings("unchecked")
    public static <T> T at(Map<String, Object> root, String... path) {
        Object cur = root;
        for (String p : path) {
            cur = ((Map<String, Object>) cur).get(p);
            if (cur == null) throw new IllegalArgumentException("no oracle entry " + String.join("/", path));
        }
        return (T) cur;
    }

    private Object value() {
        ws();
        char c = s.charAt(i);
        if (c == '{') return object();
        if (c == '"') return string();
        if (s.startsWith("true", i)) { i += 4; return Boolean.TRUE; }
        if (s.startsWith("false", i)) { i += 5; return Boolean.FALSE; }
        if (s.startsWith("null", i)) { i += 4; return null; }
        int start = i;
        while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) i++;
        return Double.parseDouble(s.substring(start, i));
    }

    private Map<String, Object> object() {
        Map<String, Object> m = new LinkedHashMap<>();
        i++;
        ws();
        if (s.charAt(i) == '}') { i++; return m; }
        while (true) {
            ws();
            String k = string();
            ws();
            i++;                                              // ':'
            m.put(k, value());
            ws();
            if (s.charAt(i++) == '}') return m;              // else ','
        }
    }

    private String string() {
        StringBuilder b = new StringBuilder();
        i++;
        while (s.charAt(i) != '"') {
            char c = s.charAt(i++);
            if (c == '\\') {
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'u' -> { b.append((char) Integer.parseInt(s.substring(i, i + 4), 16)); i += 4; }
                    default -> b.append(e);
                }
            } else {
                b.append(c);
            }
        }
        i++;
        return b.toString();
    }

    private void ws() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
    }
}
