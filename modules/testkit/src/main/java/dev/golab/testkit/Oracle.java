package dev.golab.testkit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Reads the recorded outputs of real Go programs (Go 1.23.5; each module's src/test/resources/oracle
 * has a README saying which program produced which file and how to regenerate it). JSON is read with
 * Jackson into plain maps, lists, strings, booleans, Longs and Doubles.
 */
public final class Oracle {
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_LONG_FOR_INTS);

    private Oracle() {}

    /** The JSON document /oracle/{name} on the test class path. */
    public static Object load(String name) {
        try (InputStream in = Oracle.class.getResourceAsStream("/oracle/" + name)) {
            if (in == null) throw new IllegalStateException("missing oracle file /oracle/" + name);
            return JSON.readValue(in, Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A document whose top level is an object. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(String name) {
        return (Map<String, Object>) load(name);
    }

    /** A document whose top level is an array. */
    @SuppressWarnings("unchecked")
    public static List<Object> array(String name) {
        return (List<Object>) load(name);
    }

    /** Walks object keys: {@code at(root, "WithCancel", "after_cancel")}; fails naming a missing path. */
    @SuppressWarnings("unchecked")
    public static <T> T at(Map<String, Object> root, String... path) {
        Object cur = root;
        for (String p : path) {
            cur = ((Map<String, Object>) cur).get(p);
            if (cur == null) throw new IllegalArgumentException("no oracle entry " + String.join("/", path));
        }
        return (T) cur;
    }
}
