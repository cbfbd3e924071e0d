package dev.golab.lang.pkginit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.golab.lang.GoOracle;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The simulator against what Go 1.23.5 did with src/test/go/pkginit and compile-errors/init*. */
class InitOracleTest {
    static final String M = "langoracle/pkginit";

    /** src/test/go/pkginit, declaration by declaration (trace.Add is env.trace). */
    static Program program() {
        Pkg trace = new Pkg(M + "/trace").file("trace.go").pkg();
        Pkg common = leaf("common", trace);
        Pkg zeta = leaf("zeta", trace);
        Pkg alpha = dependent("alpha");
        Pkg beta = dependent("beta");
        Pkg registry = new Pkg(M + "/registry").imports(M + "/trace").file("registry.go")
                .var("names", List.of("initNames"), env -> env.call("initNames"))
                .func("initNames", List.of(), env -> env.trace("registry.names", new java.util.ArrayList<String>())).pkg();
        Pkg driver = new Pkg(M + "/driver").imports(M + "/registry", M + "/trace").file("driver.go")
                .init(env -> {
                    env.trace("driver.init", 0);
                    InitAnswersTest.names(env.pkg(M + "/registry")).add("fake");
                }).pkg();
        Pkg main = new Pkg(M).imports(M + "/beta", M + "/alpha").blankImport(M + "/driver")
                .imports(M + "/registry", M + "/trace", M + "/zeta");
        main.file("b_more.go")                                             // opened first: files sort by name anyway
                .var("e", List.of(), env -> env.trace("main.e (b_more.go)", 0))
                .var("h", List.of(), env -> env.trace("main.h (b_more.go)", 7))
                .init(env -> env.trace("main.init#3 (b_more.go)", 0));
        main.file("a_main.go")
                .var("a", List.of("c", "b"), env -> env.trace("main.a", env.getInt("c") + env.getInt("b")))
                .var("b", List.of("f"), env -> env.trace("main.b", env.call("f")))
                .var("c", List.of("f"), env -> env.trace("main.c", env.call("f")))
                .var("d", List.of(), env -> env.trace("main.d", 3))
                .var("g", List.of("h"), env -> env.trace("main.g", env.get("h")))
                .func("f", List.of("d"), env -> {
                    env.set("d", env.getInt("d") + 1);
                    return env.get("d");
                })
                .init(env -> env.trace("main.init#1 (a_main.go)", 0))
                .init(env -> env.trace("main.init#2 (a_main.go)", 0));
        return new Program().add(trace, common, zeta, alpha, beta, registry, driver, main);
    }

    private static Pkg leaf(String name, Pkg trace) {
        return new Pkg(M + "/" + name).imports(trace.path()).file(name + ".go")
                .var("V", List.of(), env -> env.trace(name + ".V", 1))
                .init(env -> env.trace(name + ".init", 0)).pkg();
    }

    private static Pkg dependent(String name) {
        return new Pkg(M + "/" + name).imports(M + "/common", M + "/trace").file(name + ".go")
                .var("V", List.of(), env -> env.trace(name + ".V", env.pkg(M + "/common").get("V")))
                .init(env -> env.trace(name + ".init", 0)).pkg();
    }

    @Test
    @DisplayName("pkginit: the model initialises the 8 packages and main's variables in exactly Go's order, with Go's values")
    void theSimulatorReproducesGosOrderValuesAndDrivers() {
        Map<String, List<String>> go = GoOracle.read("pkginit");
        String[] drivers = {null};
        Program.Report r = program().run(M, env -> drivers[0] = InitAnswersTest.names(env.pkg(M + "/registry")).toString());
        assertThat(go.get("order")).containsExactly(String.join(", ", r.trace()));
        Env main = r.envs().get(M);
        assertThat(go.get("values")).containsExactly(main.get("a") + " " + main.get("b") + " " + main.get("c") + " " + main.get("d"));
        assertThat(go.get("drivers")).containsExactly(drivers[0].replace(",", ""));
    }

    @Test
    @DisplayName("compile-errors/initcycle and initself, callinit: Go's texts, line for line")
    void cycleAndCallTextsMatchGo() {
        Map<String, List<String>> go = GoOracle.read("compile-errors");
        Pkg cycle = new Pkg("m").file("main.go")                          // var a = b + 1; var b = f(); func f() int { return a }
                .var("a", List.of("b"), env -> 1).var("b", List.of("f"), env -> 1).func("f", List.of("a"), env -> 1).pkg();
        assertThat(catchThrowable(() -> new Program().add(cycle).run("m")).getMessage().split("\n"))
                .containsExactlyElementsOf(go.get("initcycle"));
        Pkg self = new Pkg("m").file("main.go").var("x", List.of("x"), env -> 1).pkg();
        assertThat(go.get("initself")).containsExactly(catchThrowable(() -> new Program().add(self).run("m")).getMessage());
        Pkg callInit = new Pkg("m").file("main.go").init(env -> { }).pkg();
        assertThat(go.get("callinit")).containsExactly(catchThrowable(() ->
                new Program().add(callInit).run("m", env -> env.call("init"))).getMessage());
    }
}
