package dev.golab.lang.pkginit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/*
 * Go behaviour:    spec "Program initialization and execution": packages are initialised one at a
 *                  time in PackageOrder; initialising a package means initialising its variables in
 *                  VarOrder, then running its init functions in declaration order (files by name,
 *                  then source order). Only then does main.main run. Everything runs in one
 *                  goroutine, so a panic (or log.Fatal's exit) in an init ends the program before
 *                  main — and before any test, since a test binary initialises packages the same way.
 * Model:           1. order = PackageOrder.of(packages, main)
 *                  2. for each package: an Env over its non-blank imports; set every variable from
 *                     VarOrder; run every init
 *                  3. run main's body, then return the report
 * Invariants:      LANG-I39 all variables of a package are set before its first init runs.
 *                  LANG-I40 every init of an imported package ends before any init of its importer.
 *                  LANG-I41 each package is initialised exactly once.
 * Differs from Go: single-threaded as in Go, but there is no process to exit: a panic propagates
 *                  to the caller of run().
 * See:             InitAnswersTest, InitOracleTest.
 */
public final class Program {
    /** One initialisation step: a variable set, or an init function run. */
    public record Step(String pkg, String what) {
        @Override
        public String toString() {
            return pkg + "." + what;
        }
    }

    /** What happened: the package order, every step, and the program's own trace. */
    public record Report(List<String> packages, List<Step> steps, List<String> trace, Map<String, Env> envs) {}

    private final Map<String, Pkg> pkgs = new LinkedHashMap<>();

    public Program add(Pkg... ps) {
        for (Pkg p : ps) pkgs.put(p.path(), p);
        return this;
    }

    /** Initialises every package main needs, then runs main's body. */
    public Report run(String main, Consumer<Env> mainBody) {
        List<String> order = PackageOrder.of(pkgs, main);
        List<String> trace = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        Map<String, Env> envs = new LinkedHashMap<>();
        for (String path : order) {                                     // LANG-I41: once each
            Pkg pkg = pkgs.get(path);
            Map<String, Env> visible = new HashMap<>();
            for (Pkg.Import i : pkg.importList()) if (!i.blank()) visible.put(i.path(), envs.get(i.path()));
            Env env = new Env(pkg, visible, trace);
            envs.put(path, env);
            for (Decl.Var v : VarOrder.of(pkg.declarations())) {        // LANG-I39: variables first
                env.set(v.name(), v.init().apply(env));
                steps.add(new Step(pkg.name(), v.name()));
            }
            for (Decl d : pkg.declarations()) {
                if (d instanceof Decl.Init init) {
                    init.body().accept(env);
                    steps.add(new Step(pkg.name(), init.name()));
                }
            }
        }
        mainBody.accept(envs.get(main));
        return new Report(order, steps, trace, envs);
    }

    public Report run(String main) {
        return run(main, env -> { });
    }
}
