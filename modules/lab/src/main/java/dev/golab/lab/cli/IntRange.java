package dev.golab.lab.cli;

/*
 * Go behaviour:    runtime.GOMAXPROCS takes 1.._MaxGomaxprocs; a flag that takes a count says which
 *                  counts make sense.
 * Model:           an int converter with closed bounds; picocli builds it from a no-argument subclass
 *                  (annotation attributes cannot carry numbers into a converter), e.g. Procs.
 * Invariants:      CLI-I6 a value outside [min, max] is rejected with the range in the message.
 * Differs from Go: nothing to differ from: Go's flag package has no ranges.
 * See:             CliConvertersTest, BadInputTest.
 */
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** An int in [min, max]; subclass with a no-argument constructor to use it in {@code @Option(converter = …)}. */
public abstract class IntRange implements ITypeConverter<Integer> {
    private final int min;
    private final int max;

    protected IntRange(int min, int max) {
        this.min = min;
        this.max = max;
    }

    @Override
    public Integer convert(String s) {
        long v;
        try {
            v = Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + s + "' is not a whole number; valid: " + min + ".." + max);
        }
        if (v < min || v > max) throw new TypeConversionException(s.strip() + " is out of range; valid: " + min + ".." + max);
        return (int) v;
    }

    /** GOMAXPROCS for the simulators: 1..256 (the simulators keep one lane per P). */
    public static final class Procs extends IntRange {
        public Procs() {
            super(1, 256);
        }
    }
}
