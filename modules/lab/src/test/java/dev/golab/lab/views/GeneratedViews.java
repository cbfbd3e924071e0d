package dev.golab.lab.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The committed pages under docs/views/ must equal what the generator makes now: a reader opens them
 * from a clone without running anything, so a stale one would show a run the code no longer makes.
 * Shared by the GC and scheduler page tests. Regenerate with the command the failure names, or run the
 * test with -Dgolab.views.update=true to rewrite the file.
 */
public final class GeneratedViews {
    private GeneratedViews() {}

    /** The repository root: the nearest ancestor of the working directory holding docs/ and mvnw. */
    public static Path repoRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !(Files.isDirectory(p.resolve("docs")) && Files.exists(p.resolve("mvnw")))) p = p.getParent();
        if (p == null) throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
        return p;
    }

    public static void assertUpToDate(String docsViewsName, String generated, String regenerateCommand) {
        Path file = repoRoot().resolve("docs").resolve("views").resolve(docsViewsName);
        try {
            if (Boolean.getBoolean("golab.views.update")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, generated, StandardCharsets.UTF_8);
            }
            assertThat(Files.exists(file)).as("docs/views/%s is missing: run %s", docsViewsName, regenerateCommand).isTrue();
            String committed = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(committed.equals(generated))
                    .as("docs/views/%s is stale (the generator now makes a different page): run %s", docsViewsName, regenerateCommand)
                    .isTrue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
