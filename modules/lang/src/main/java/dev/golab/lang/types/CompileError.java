package dev.golab.lang.types;

/*
 * Go behaviour:    some programs never run: the type checker rejects them ("ambiguous selector d.Name",
 *                  "cannot call pointer method Inc on Counter", "Dog does not implement Breather
 *                  (method Breathe has pointer receiver)").
 * Model:           the models check the same rules at the point where Go's compiler would and throw
 *                  this, with the text Go 1.23's type checker prints after "file:line:col: ".
 * Invariants:      LANG-I11 the message is Go's text (src/test/go/compile-errors, recorded).
 * Differs from Go: Go rejects the whole program before it runs; a model raises it when reached.
 * See:             MethodSetAnswersTest, CompileErrorOracleTest.
 */
public final class CompileError extends RuntimeException {
    public CompileError(String goText) {
        super(goText);
    }
}
