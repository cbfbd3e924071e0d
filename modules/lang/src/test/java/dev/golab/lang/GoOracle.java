package dev.golab.lang;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What real Go printed: the files under src/test/resources/dev/golab/lang/oracle, recorded by
 * src/test/go/record.sh with Go 1.23.5. Each line is "key: value"; a key may repeat (compile errors
 * that span several lines), so values are lists in file order.
 */
public final class GoOracle {
    private GoOracle() {}

    public static Map<String, List<String>> read(String name) {
        String resource = "/dev/golab/lang/oracle/" + name + ".txt";
        try (InputStream in = GoOracle.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing oracle file " + resource + " (run src/test/go/record.sh)");
            Map<String, List<String>> out = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int colon = line.indexOf(": ");
                if (colon < 0) continue;
                out.computeIfAbsent(line.substring(0, colon), k -> new ArrayList<>()).add(line.substring(colon + 2));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The single value recorded for key. */
    public static String value(String name, String key) {
        List<String> v = read(name).get(key);
        if (v == null || v.size() != 1) throw new IllegalStateException(name + ".txt has no single line for " + key + ": " + v);
        return v.getFirst();
    }
}
