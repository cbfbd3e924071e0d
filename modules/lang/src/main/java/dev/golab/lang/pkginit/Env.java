package dev.golab.lang.pkginit;

import dev.golab.lang.types.CompileError;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/*
 * Go behaviour:    while a package initialises, its initialisers and init functions read and write
 *                  package-level variables, call package functions, and use the exported names of
 *                  the packages they import — all of which are already initialised.
 * Model:           one Env per package: variable values, functions, the imported packages' Envs,
 *                  and the program-wide trace (the Go programs' trace.Add).
 * Invariants:      LANG-I31 reading a variable whose initialiser has not run throws: the dependency
 *                  analysis would have had to order it first.
 *                  LANG-I38 a blank import gives no access to the package's names.
 * Differs from Go: a variable without an initialiser starts as Java null, standing for its zero value.
 * See:             InitAnswersTest.
 */
public final class Env {
    private final Pkg pkg;
    private final Map<String, Object> values = new HashMap<>();
    private final Set<String> initialised = new java.util.HashSet<>();
    private final Map<String, Decl.Func> funcs = new HashMap<>();
    private final Map<String, Env> imports;
    private final List<String> trace;

    Env(Pkg pkg, Map<String, Env> imports, List<String> trace) {
        this.pkg = pkg;
        this.imports = imports;
        this.trace = trace;
        for (Decl d : pkg.declarations()) {
            if (d instanceof Decl.Func f) funcs.put(f.name(), f);
            if (d instanceof Decl.Var v && !v.hasInitializer()) initialised.add(v.name());   // zero value
        }
    }

    public Object get(String var) {
        if (!initialised.contains(var)) {
            throw new IllegalStateException(pkg.name() + "." + var + " read before its initialiser ran: a reference is missing from refs (LANG-I31)");
        }
        return values.get(var);
    }

    public int getInt(String var) {
        return (Integer) get(var);
    }

    public void set(String var, Object value) {
        values.put(var, value);
        initialised.add(var);
    }

    /** {@code f()}: a package function. init is not callable ("undefined: init"). */
    public Object call(String func) {
        Decl.Func f = funcs.get(func);
        if (f == null) throw new CompileError("undefined: " + func);
        return f.body().apply(this);
    }

    /** An imported package's names, e.g. {@code common.V} (LANG-I38). */
    public Env pkg(String importPath) {
        Env e = imports.get(importPath);
        if (e == null) throw new CompileError("undefined: " + importPath.substring(importPath.lastIndexOf('/') + 1));
        return e;
    }

    /** The Go programs' {@code trace.Add(step, v)}: records the step, returns v. */
    public Object trace(String step, Object v) {
        trace.add(step);
        return v;
    }
}
