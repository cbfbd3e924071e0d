package dev.golab.lang.types;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/*
 * Go behaviour:    `type Celsius float64` declares a defined type: a new, distinct type with an
 *                  underlying type and its own methods (spec "Type definitions", "Method
 *                  declarations"). Methods may be declared only on a defined type of the same
 *                  package whose underlying type is not a pointer or an interface; on a struct, a
 *                  method may not share a field's name.
 * Model:           1. define(name, underlying) makes the type; identity is the Java object (nominal).
 *                  2. method(...) / pointerMethod(...) declare methods, checking Go's receiver rules.
 *                  3. toString() is %T's "main.Celsius"; name() is the checker's "Celsius".
 * Invariants:      LANG-I8 identity is nominal. LANG-I13 a method on a pointer or interface
 *                  underlying type is rejected with Go's text.
 * Differs from Go: one package ("main") plus the predeclared error; no generics.
 * See:             MethodSetAnswersTest, InterfaceAnswersTest.
 */
public final class Named implements GoType {
    private final String pkg;
    private final String name;
    private final GoType underlying;
    private final Map<String, Method> methods = new LinkedHashMap<>();

    private Named(String pkg, String name, GoType underlying) {
        this.pkg = pkg;
        this.name = name;
        this.underlying = underlying;
    }

    /** {@code type name underlying} in package main. */
    public static Named define(String name, GoType underlying) {
        if (underlying instanceof Named n) underlying = n.underlying;   // type B A: B's underlying is A's
        return new Named("main", name, underlying);
    }

    static Named predeclared(String name, GoType underlying) {
        return new Named(null, name, underlying);
    }

    /** {@code func (r T) name(...)}: a value receiver. */
    public Named method(String methodName, Method.Body body) {
        return declare(methodName, false, body);
    }

    /** {@code func (r *T) name(...)}: a pointer receiver. */
    public Named pointerMethod(String methodName, Method.Body body) {
        return declare(methodName, true, body);
    }

    private Named declare(String methodName, boolean pointerReceiver, Method.Body body) {
        if (underlying instanceof GoType.Pointer || underlying instanceof GoType.Interface) {
            throw new CompileError("invalid receiver type " + name + " (pointer or interface type)");   // LANG-I13
        }
        if (underlying instanceof GoType.Struct s && s.fields().stream().anyMatch(f -> f.name().equals(methodName))) {
            throw new CompileError("field and method with the same name " + methodName);
        }
        if (methods.containsKey(methodName)) throw new CompileError("method " + name + "." + methodName + " already declared");
        methods.put(methodName, new Method(methodName, pointerReceiver, this, body));
        return this;
    }

    /** The methods declared on this type (not promoted ones), in declaration order. */
    public Map<String, Method> declaredMethods() {
        return Collections.unmodifiableMap(methods);
    }

    @Override
    public GoType underlying() {
        return underlying;
    }

    @Override
    public boolean comparable() {
        return underlying.comparable();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return pkg == null ? name : pkg + "." + name;
    }
}
