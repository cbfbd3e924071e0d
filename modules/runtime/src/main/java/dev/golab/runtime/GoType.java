package dev.golab.runtime;

/*
 * Go behaviour:    %T prints reflect.Type.String(): "main.T", "*errors.errorString", "[]int".
 * Model:           a Java class says which Go type it stands for. A record is a struct whose
 *                  fields are its components; a name starting with '*' makes the Java reference a
 *                  Go pointer to that struct (%v prints &{…} at the top level). With
 *                  {@code basic = true} the record's single component is the underlying value of a
 *                  defined basic type (`type Celsius float64`), printed as that value.
 *                  Without the annotation the name is "<last package segment>.<SimpleName>".
 * Invariants:      FMT-I13 a name given here is printed verbatim by %T and %#v.
 * Differs from Go: Java has no package-qualified type names in Go's form; this is how a lab type
 *                  claims its Go name.
 * See:             GoTypes, FmtAnswersTest.
 */
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface GoType {
    /** The Go type name as reflect prints it, e.g. "main.T" or "*errors.errorString". */
    String value();

    /** The record's single component is the value of a defined basic type. */
    boolean basic() default false;
}
