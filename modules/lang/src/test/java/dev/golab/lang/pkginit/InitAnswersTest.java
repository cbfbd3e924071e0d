package dev.golab.lang.pkginit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golab.lang.types.CompileError;
import dev.golab.runtime.GoPanic;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CORE-09 Q: what is the init() function? What are its guarantees and common pitfalls?")
class InitAnswersTest {

    @Test
    @DisplayName("CORE-09.01 init takes nothing, returns nothing and cannot be called from code (\"undefined: init\")")
    void initCannotBeCalledFromCode() {
        Pkg main = new Pkg("m").file("main.go").init(env -> { }).pkg();
        Program.Report r = new Program().add(main).run("m");
        assertThatThrownBy(() -> r.envs().get("m").call("init"))
                .isInstanceOf(CompileError.class).hasMessage("undefined: init");
    }

    @Test
    @DisplayName("CORE-09.02 several init() per file and per package all run, in source order (files by name) (LANG-I32)")
    void everyInitRunsInSourceOrderWithFilesByName() {
        Pkg main = new Pkg("m");
        main.file("b.go").init(env -> env.trace("b#1", 0)).init(env -> env.trace("b#2", 0));
        main.file("a.go").init(env -> env.trace("a#1", 0)).init(env -> env.trace("a#2", 0));   // declared later, sorts first
        assertThat(new Program().add(main).run("m").trace()).containsExactly("a#1", "a#2", "b#1", "b#2");
    }

    @Test
    @DisplayName("CORE-09.03 all package-level variables are initialised before any init() runs, even one declared above them (LANG-I39)")
    void variablesAreInitialisedBeforeAnyInit() {
        Pkg main = new Pkg("m");
        main.file("a.go").init(env -> env.trace("init sees x=" + env.get("x"), 0));
        main.file("b.go").var("x", List.of(), env -> env.trace("x", 42));
        assertThat(new Program().add(main).run("m").trace()).containsExactly("x", "init sees x=42");
    }

    @Test
    @DisplayName("CORE-09.04 imported packages finish every init() first, and a package imported twice initialises once (LANG-I40, LANG-I41)")
    void importsInitialiseFirstAndOnce() {
        Pkg common = new Pkg("m/common").file("c.go").var("V", List.of(), env -> env.trace("common.V", 1))
                .init(env -> env.trace("common.init", 0)).pkg();
        Pkg a = new Pkg("m/a").imports("m/common").file("a.go").init(env -> env.trace("a.init", 0)).pkg();
        Pkg b = new Pkg("m/b").imports("m/common").file("b.go").init(env -> env.trace("b.init", 0)).pkg();
        Pkg main = new Pkg("m").imports("m/a", "m/b").file("main.go").init(env -> env.trace("main.init", 0)).pkg();
        Program.Report r = new Program().add(main, a, b, common).run("m");
        assertThat(r.trace()).containsExactly("common.V", "common.init", "a.init", "b.init", "main.init");
        assertThat(r.packages()).containsExactly("m/common", "m/a", "m/b", "m");
    }

    @Test
    @DisplayName("CORE-09.05 a blank import runs only the package's initialisation: the driver registers itself, its names stay invisible (LANG-I38)")
    void aBlankImportRunsInitialisationOnly() {
        Pkg registry = new Pkg("m/registry").file("r.go").var("names", List.of(), env -> new ArrayList<String>()).pkg();
        Pkg driver = new Pkg("m/driver").imports("m/registry").file("d.go")
                .init(env -> names(env.pkg("m/registry")).add("fake")).pkg();                 // sql.Register("fake", …)
        Pkg main = new Pkg("m").imports("m/registry").blankImport("m/driver").file("main.go").pkg();
        List<String> drivers = new ArrayList<>();
        new Program().add(main, driver, registry).run("m", env -> {
            drivers.addAll(names(env.pkg("m/registry")));
            assertThatThrownBy(() -> env.pkg("m/driver")).isInstanceOf(CompileError.class).hasMessage("undefined: driver");
        });
        assertThat(drivers).containsExactly("fake");
    }

    @SuppressWarnings("unchecked")
    static List<String> names(Env registry) {
        return (List<String>) registry.get("names");
    }

    @Test
    @DisplayName("CORE-09.06 init runs before main (and before tests): a panic or log.Fatal there ends the program before main")
    void aPanicInInitEndsTheProgramBeforeMain() {
        Pkg config = new Pkg("m/config").file("c.go").init(env -> { throw new GoPanic("config: missing DSN"); }).pkg();
        Pkg later = new Pkg("m/zlater").file("z.go").init(env -> env.trace("zlater.init", 0)).pkg();
        Pkg main = new Pkg("m").imports("m/config", "m/zlater").file("main.go").pkg();
        boolean[] mainRan = {false};
        assertThatThrownBy(() -> new Program().add(main, config, later).run("m", env -> mainRan[0] = true))
                .isInstanceOf(GoPanic.class).hasMessage("config: missing DSN");
        assertThat(mainRan[0]).isFalse();
    }

    @Test
    @DisplayName("CORE-09 ⚠ variables are initialised in dependency order, not declaration order: the spec's a, b, c, d go d, b, c, a (LANG-I33, LANG-I34)")
    void variablesFollowTheirDependencies() {
        Program.Report r = new Program().add(SpecExample.pkg()).run("m");
        assertThat(r.steps()).extracting(Program.Step::what).containsExactly("d", "b", "c", "a");
        Env env = r.envs().get("m");
        assertThat(List.of(env.get("a"), env.get("b"), env.get("c"), env.get("d"))).containsExactly(9, 4, 5, 5);
    }

    @Test
    @DisplayName("CORE-09 ⚠ since Go 1.21 the package order is specified: sorted by import path, the first ready one each step (LANG-I37)")
    void packagesInitialiseInImportPathOrderWhenReady() {
        Pkg zeta = new Pkg("m/zeta").file("z.go").pkg();
        Pkg alpha = new Pkg("m/alpha").imports("m/zeta").file("a.go").pkg();
        Pkg beta = new Pkg("m/beta").file("b.go").pkg();
        Pkg main = new Pkg("m").imports("m/zeta", "m/beta", "m/alpha").file("main.go").pkg();   // source order is irrelevant
        assertThat(new Program().add(main, zeta, alpha, beta).run("m").packages())
                .containsExactly("m/beta", "m/zeta", "m/alpha", "m");
    }

    @Test
    @DisplayName("CORE-09 an initialisation cycle does not compile: Go's \"initialization cycle for a\" chain, or \"refers to itself\" (LANG-I35)")
    void initialisationCyclesAreCompileErrors() {
        Pkg cyc = new Pkg("m").file("main.go")
                .var("a", List.of("b"), env -> 1).var("b", List.of("f"), env -> 1).func("f", List.of("a"), env -> 1).pkg();
        assertThatThrownBy(() -> new Program().add(cyc).run("m")).isInstanceOf(CompileError.class)
                .hasMessage("initialization cycle for a\na refers to\nb refers to\nf refers to\na");
        Pkg self = new Pkg("m").file("main.go").var("x", List.of("x"), env -> 1).pkg();
        assertThatThrownBy(() -> new Program().add(self).run("m")).hasMessage("initialization cycle: x refers to itself");
        Pkg recursion = new Pkg("m").file("main.go").var("x", List.of("even"), env -> 1)
                .func("even", List.of("odd"), env -> 1).func("odd", List.of("even"), env -> 1).pkg();
        assertThat(new Program().add(recursion).run("m").steps()).hasSize(1);     // recursion among functions is fine
    }

    @Test
    @DisplayName("CORE-09 an import cycle does not compile")
    void importCyclesAreCompileErrors() {
        Pkg a = new Pkg("m/a").imports("m/b").file("a.go").pkg();
        Pkg b = new Pkg("m/b").imports("m/a").file("b.go").pkg();
        Pkg main = new Pkg("m").imports("m/a").file("main.go").pkg();
        assertThatThrownBy(() -> new Program().add(main, a, b).run("m")).hasMessage("import cycle not allowed");
    }

    @Test
    @DisplayName("CORE-09 Java differs: references are declared beside each body, and the model refuses a read its refs did not declare (LANG-I31)")
    void undeclaredReferencesAreCaughtWhenRead() {
        Pkg wrong = new Pkg("m").file("main.go")
                .var("a", List.of(), env -> env.getInt("b") + 1)                  // reads b but declares no ref
                .var("b", List.of(), env -> 2).pkg();
        assertThatThrownBy(() -> new Program().add(wrong).run("m")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("m.b read before its initialiser ran");
    }
}
