package dev.golab.lab.cli;

/*
 * Go behaviour:    `go test -cpuprofile cpu.out` and `go tool trace -o` resolve a relative path against
 *                  the caller's directory and fail before running when the file cannot be created.
 * Model:           1. resolve the path against the caller's directory: the system property golab.cwd
 *                     (set by ./golab, which runs the JVM in the repository root), else user.dir;
 *                  2. at parse time, reject a path that is a directory or whose parent directory is
 *                     missing or not writable, so a bad path fails before a long run, not after;
 *                  3. write(): the content goes to a temporary file in the same directory, which is then
 *                     moved over the target in one atomic rename; the temporary file is deleted on
 *                     failure and on JVM exit (Ctrl-C runs shutdown hooks), so an interrupted write
 *                     leaves the previous file intact and no half file behind.
 * Invariants:      CLI-I9 the target is either the old file or the complete new one, never a prefix;
 *                  CLI-I10 a relative path lands in the caller's directory, not the repository root.
 * Differs from Go: Go's tools write in place (os.Create then write); the lab renames atomically.
 *                  A kill -9 during the write may leave a ".golab-<name>-<pid>-<n>.tmp" beside it.
 * See:             OutputFileTest, GcCommand --svg/--png, SchedCommand --svg.
 */
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A file the command will write: checked at parse time, written atomically. */
public final class OutputFile implements ITypeConverter<Path> {
    /** System property naming the directory the user ran ./golab from. */
    public static final String CWD_PROPERTY = "golab.cwd";
    private static final AtomicLong TMP_SEQ = new AtomicLong();

    /** Writes to a path the caller names (a temporary file beside the target). */
    @FunctionalInterface
    public interface Writer {
        void writeTo(Path tmp) throws IOException;
    }

    @Override
    public Path convert(String s) {
        if (s.isBlank()) throw new TypeConversionException("empty file name; valid: a file path such as out.svg");
        Path p = resolve(s);
        Path dir = p.getParent();
        if (Files.isDirectory(p)) {
            throw new TypeConversionException("'" + s + "' is a directory; valid: a file path such as " + p.resolve("out.svg"));
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new TypeConversionException("directory " + (dir == null ? "of '" + s + "'" : dir) + " does not exist; "
                    + "valid: a file in an existing directory (create it first)");
        }
        if (!Files.isWritable(dir)) {
            throw new TypeConversionException("directory " + dir + " is not writable; valid: a file in a directory you can write");
        }
        return p;
    }

    /** {@code s} against the caller's directory (golab.cwd, else user.dir), normalised and absolute. */
    public static Path resolve(String s) {
        String base = System.getProperty(CWD_PROPERTY, System.getProperty("user.dir"));
        return Path.of(base).resolve(s).toAbsolutePath().normalize();
    }

    /** Writes {@code target} atomically: {@code writer} fills a temporary file that is then renamed over it. */
    public static void write(Path target, Writer writer) throws IOException {
        // Not Files.createTempFile: its 0600 mode would end up on the target; the writer creates the
        // file, so the user's umask applies as it would to a direct write.
        Path tmp = target.resolveSibling(".golab-" + target.getFileName() + "-" + ProcessHandle.current().pid()
                + "-" + TMP_SEQ.incrementAndGet() + ".tmp");
        tmp.toFile().deleteOnExit();
        try {
            writer.writeTo(tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
