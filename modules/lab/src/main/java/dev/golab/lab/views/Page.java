/*
 * Go behaviour:    none; `go tool trace` serves a page from a real trace, these pages replay a model.
 * Model:           one self-contained HTML file per view: a template resource (inline CSS and JS, no
 *                  network) with the view's data embedded as JSON in place of the marker
 *                  /*@TRACE@*&#47; inside a <script type="application/json"> element.
 *                  1. json(data): Jackson, compact, fields in declaration order (deterministic);
 *                     "</" is written as "<\/" so the JSON cannot close its script element.
 *                  2. render(template, data): the template with the JSON in place.
 *                  3. the commands write the page with dev.golab.lab.cli.OutputFile (checked at parse
 *                     time, atomic rename), like every other output file.
 * Invariants:      VIEW-P1 the same data gives byte-identical HTML (docs/views is checked against it).
 * Differs from Go: n/a (a lab tool).
 * See:             GcPage, GcPageTest, docs/views/.
 */
package dev.golab.lab.views;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

public final class Page {
    static final String MARKER = "/*@TRACE@*/";
    private static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_EMPTY);

    private Page() {}

    public static String json(Object data) {
        try {
            return JSON.writeValueAsString(data).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("view data is not serialisable: " + e.getOriginalMessage(), e);
        }
    }

    /** The template resource {@code dev/golab/lab/views/<name>} with {@code data} as its JSON. */
    public static String render(String templateName, Object data) {
        String template = template(templateName);
        int at = template.indexOf(MARKER);
        if (at < 0) throw new IllegalStateException(templateName + " has no " + MARKER + " marker");
        return template.substring(0, at) + json(data) + template.substring(at + MARKER.length());
    }

    static String template(String name) {
        try (InputStream in = Page.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing view template " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
