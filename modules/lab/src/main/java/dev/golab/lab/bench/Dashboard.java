package dev.golab.lab.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * `golab bench --html`: one self-contained HTML page over a run's results.json (inline CSS, JS and
 * data; no network), with filters by module, by kind of model (golab / JVM baseline) and by model
 * name, an ns/op view with min-max whiskers and a ratio-to-Go view on a log axis. The template is
 * the resource dashboard.html; the data replaces its placeholder.
 */
public final class Dashboard {
    static final String PLACEHOLDER = "/*RESULTS*/";

    private Dashboard() {
    }

    public static String render(ResultsFile.Results r) throws IOException {
        String template;
        try (InputStream in = Dashboard.class.getResourceAsStream("dashboard.html")) {
            if (in == null) throw new IOException("dashboard.html template missing from the jar");
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // rows and header only: JMH's raw JSON would triple the page for nothing the page shows
        String json = ResultsFile.toJson(Map.of("info", r.info(), "rows", r.rows()))
                .replace("</", "<\\/");                       // never close the <script> early
        return template.replace(PLACEHOLDER, json);
    }

    public static Path write(Path file, ResultsFile.Results r) throws IOException {
        ResultsFile.writeAtomically(file, render(r));
        return file;
    }
}
