package dev.golab.lang.pkginit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/*
 * Go behaviour:    a package: an import path, its imports (a blank import `import _ "p"` only runs
 *                  p's initialisation) and its files. `go build` hands the files to the compiler in
 *                  file-name order, and declaration order is the order within that sequence.
 * Model:           a builder. file(name) opens a file; var/func/init append declarations to it.
 *                  declarations() returns them with files sorted by name.
 * Invariants:      LANG-I32 declaration order = files by name, then source order within a file.
 * Differs from Go: no parsing: declarations are built in Java.
 * See:             InitAnswersTest.
 */
public final class Pkg {
    /** One import: blank for {@code import _ "path"}. */
    public record Import(String path, boolean blank) {}

    private final String path;
    private final List<Import> imports = new ArrayList<>();
    private final List<File> files = new ArrayList<>();

    public Pkg(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    /** The last element of the path: the name Go uses in qualified identifiers. */
    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    public Pkg imports(String... paths) {
        for (String p : paths) imports.add(new Import(p, false));
        return this;
    }

    /** {@code import _ "path"}. */
    public Pkg blankImport(String p) {
        imports.add(new Import(p, true));
        return this;
    }

    public List<Import> importList() {
        return List.copyOf(imports);
    }

    /** Opens a source file of this package; declarations go into it in source order. */
    public File file(String name) {
        File f = new File(name);
        files.add(f);
        return f;
    }

    /** Every declaration in Go's declaration order (LANG-I32). */
    public List<Decl> declarations() {
        return files.stream().sorted(Comparator.comparing(File::name)).flatMap(f -> f.decls.stream()).toList();
    }

    /** One .go file. */
    public final class File {
        private final String name;
        private final List<Decl> decls = new ArrayList<>();
        private int inits;

        private File(String name) {
            this.name = name;
        }

        public String name() {
            return name;
        }

        /** {@code var name = init}, init mentioning refs. */
        public File var(String varName, List<String> refs, Function<Env, Object> init) {
            decls.add(new Decl.Var(varName, refs, init));
            return this;
        }

        /** {@code var name T}: no initialiser. */
        public File var(String varName) {
            decls.add(new Decl.Var(varName, List.of(), null));
            return this;
        }

        public File func(String funcName, List<String> refs, Function<Env, Object> body) {
            decls.add(new Decl.Func(funcName, refs, body));
            return this;
        }

        /** {@code func init() { body }}. */
        public File init(Consumer<Env> body) {
            decls.add(new Decl.Init(name, ++inits, body));
            return this;
        }

        /** Back to the package, e.g. to open the next file. */
        public Pkg pkg() {
            return Pkg.this;
        }
    }
}
