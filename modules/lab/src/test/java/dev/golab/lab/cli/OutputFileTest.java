package dev.golab.lab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.TypeConversionException;

/** Output files: checked before the run, relative to the caller's directory, written atomically. */
@DisplayName("CLI Q: where does --svg out.svg land, and can an interrupted write leave half a file?")
class OutputFileTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("CLI-I10: a relative path resolves against the caller's directory (golab.cwd), not the JVM's")
    void relativePathLandsInTheCallersDirectory() {
        String old = System.getProperty(OutputFile.CWD_PROPERTY);
        System.setProperty(OutputFile.CWD_PROPERTY, dir.toString());
        try {
            assertThat(new OutputFile().convert("out.svg")).isEqualTo(dir.resolve("out.svg"));
            assertThat(new OutputFile().convert("../x.svg")).isEqualTo(dir.getParent().resolve("x.svg"));
        } finally {
            if (old == null) System.clearProperty(OutputFile.CWD_PROPERTY);
            else System.setProperty(OutputFile.CWD_PROPERTY, old);
        }
    }

    @Test
    @DisplayName("a missing parent directory or a directory as the target is refused before any work")
    void badTargetsAreRefusedAtParseTime() {
        OutputFile c = new OutputFile();

        assertThatThrownBy(() -> c.convert(dir.resolve("no/such/x.svg").toString())).isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("does not exist; valid: a file in an existing directory");
        assertThatThrownBy(() -> c.convert(dir.toString())).hasMessageContaining("is a directory; valid: a file path");
        assertThatThrownBy(() -> c.convert(" ")).hasMessageContaining("empty file name");
    }

    @Test
    @DisplayName("CLI-I9: a write that fails half-way leaves the previous file whole and no temporary file")
    void failedWriteKeepsThePreviousFile() throws IOException {
        Path target = dir.resolve("chart.svg");
        Files.writeString(target, "<svg>previous</svg>");

        assertThatThrownBy(() -> OutputFile.write(target, tmp -> {
            Files.writeString(tmp, "<svg>half");
            throw new IOException("interrupted");                  // as Ctrl-C or a full disk would, mid-write
        })).hasMessage("interrupted");

        assertThat(Files.readString(target)).isEqualTo("<svg>previous</svg>");
        assertThat(filesIn(dir)).containsExactly("chart.svg");
    }

    @Test
    @DisplayName("CLI-I9: a complete write replaces the file in one rename and leaves nothing beside it")
    void completeWriteReplacesTheFile() throws IOException {
        Path target = dir.resolve("chart.svg");
        Files.writeString(target, "old");

        OutputFile.write(target, tmp -> {
            assertThat(tmp.getParent()).isEqualTo(dir);            // same directory: the rename is atomic
            assertThat(Files.readString(target)).isEqualTo("old"); // the target is untouched while writing
            Files.writeString(tmp, "new");
        });

        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(filesIn(dir)).containsExactly("chart.svg");
    }

    private static Stream<String> filesInStream(Path d) throws IOException {
        return Files.list(d).map(p -> p.getFileName().toString());
    }

    private static java.util.List<String> filesIn(Path d) throws IOException {
        try (Stream<String> s = filesInStream(d)) {
            return s.sorted().toList();
        }
    }
}
