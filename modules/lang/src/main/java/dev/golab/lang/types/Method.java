package dev.golab.lang.types;

/*
 * Go behaviour:    a method is a function with a receiver (spec "Method declarations"). A value
 *                  receiver (func (u User) M()) gets a copy of the operand; a pointer receiver
 *                  (func (u *User) M()) gets its address, so writes reach the caller's variable.
 * Model:           the body receives the receiver and the arguments. A value-receiver body gets a
 *                  copy (StructValue.copy(), or the immutable basic value); a pointer-receiver body
 *                  gets a Ptr, or null for a nil pointer.
 * Invariants:      LANG-I12 a value-receiver body never receives the caller's storage.
 * Differs from Go: arguments and results are untyped Objects; there are no method values or
 *                  method expressions.
 * See:             MethodSetAnswersTest.
 */
public record Method(String name, boolean pointerReceiver, GoType receiverBase, Body body) {
    /** The code of a method: {@code recv} is a copy (value receiver) or a Ptr (pointer receiver). */
    @FunctionalInterface
    public interface Body {
        Object call(Object recv, Object... args);
    }

    /** How Go prints it: (main.User).Rename or (*main.User).SetEmail. */
    @Override
    public String toString() {
        return pointerReceiver ? "(*" + receiverBase + ")." + name : "(" + receiverBase + ")." + name;
    }
}
