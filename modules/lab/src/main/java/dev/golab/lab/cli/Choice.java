package dev.golab.lab.cli;

/*
 * Go behaviour:    a Go tool that takes a name (go test -run, GODEBUG keys, pprof's -sample_index)
 *                  rejects an unknown one by listing the known ones.
 * Model:           a converter over a fixed list of names: a case-insensitive match returns the
 *                  canonical spelling; no match fails with every valid name in the message. Subclass it
 *                  with a no-argument constructor (picocli instantiates converters), e.g. over
 *                  Chapters.all() names or an enum's constants (Choice.OfEnum). check() applies it
 *                  where picocli would not (a variable-arity list leaves a bad item "unmatched").
 * Invariants:      CLI-I8 an accepted name is one of names(); a rejected one lists all of names().
 * Differs from Go: names match case-insensitively (GUIDE = guide).
 * See:             CliConvertersTest, BadInputTest.
 */
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/** One of a list of names, e.g. a tour chapter or a scheduler scenario. */
public abstract class Choice implements ITypeConverter<String> {
    private final String what;
    private final Supplier<List<String>> names;

    /** {@code what} is the singular noun of the error ("chapter"); {@code names} the valid names in order. */
    protected Choice(String what, Supplier<List<String>> names) {
        this.what = what;
        this.names = names;
    }

    @Override
    public String convert(String s) {
        List<String> all = names.get();
        for (String n : all) if (n.equalsIgnoreCase(s.strip())) return n;
        throw new TypeConversionException("no " + what + " '" + s + "'; valid: " + String.join(", ", all));
    }

    /**
     * The canonical name of {@code s}, or picocli's ParameterException for {@code spec} (exit 2 through
     * CliErrors): for values picocli cannot convert itself, such as the items of a variable-arity list.
     */
    public String check(CommandSpec spec, String s) {
        try {
            return convert(s);
        } catch (TypeConversionException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** A Choice over an enum's constants, returning the constant. */
    public abstract static class OfEnum<E extends Enum<E>> implements ITypeConverter<E> {
        private final Class<E> type;
        private final Choice names;

        protected OfEnum(String what, Class<E> type) {
            this.type = type;
            this.names = new Choice(what, () -> Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) {};
        }

        @Override
        public E convert(String s) {
            return Enum.valueOf(type, names.convert(s));
        }
    }
}
