package dev.golab.lab.cli;

/*
 * Go behaviour:    a Go command-line tool (the flag package) answers a bad flag with one line naming the
 *                  flag and the problem, then exits 2; it never shows a goroutine dump for a usage error.
 * Model:           one error path for every golab subcommand, installed by Main:
 *                  1. converters (ByteSize, Gogc, GoDuration, IntRange, Choice, OutputFile) reject a bad
 *                     value while picocli parses, before any work starts;
 *                  2. a command that finds bad input later throws picocli's ParameterException;
 *                  3. handleParseException prints "golab <cmd>: <what is wrong>; <what is valid>", exit 2;
 *                  4. any other exception is a failure, not a usage error: one line, exit 1;
 *                  5. --debug (anywhere on the command line) adds the stack trace to either.
 * Invariants:      CLI-I1 a usage error prints exactly one line on stderr and exits 2;
 *                  CLI-I2 no stack frame ("\tat ") reaches stderr unless --debug;
 *                  CLI-I3 the line names what is valid (a range, the choices, an example) or the help.
 * Differs from Go: picocli, not the flag package; flags are GNU-style (--procs 2 and --procs=2).
 * See:             BadInputTest, Main.
 */
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/** The one error path of the golab command: see the header. */
public final class CliErrors implements IParameterExceptionHandler, IExecutionExceptionHandler {
    /** Exit code of a usage error (bad flag, bad value, unknown name), as Go's flag package uses. */
    public static final int USAGE = CommandLine.ExitCode.USAGE;
    /** Exit code of a failure that is not the user's input (an I/O error, a bug). */
    public static final int FAILURE = CommandLine.ExitCode.SOFTWARE;

    private final boolean debug;

    private CliErrors(boolean debug) {
        this.debug = debug;
    }

    /** Installs the handlers on {@code cl}; {@code args} are scanned for --debug before parsing can fail. */
    public static CommandLine install(CommandLine cl, String... args) {
        boolean debug = List.of(args).contains("--debug");
        CliErrors h = new CliErrors(debug);
        return cl.setParameterExceptionHandler(h).setExecutionExceptionHandler(h);
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        print(cmd, line(cmd, describe(ex)), ex);
        return USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) {
        if (ex instanceof ParameterException pe) return handleParseException(pe, new String[0]);
        String what = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
        print(cmd, line(cmd, oneLine(what) + "; this is a failure, not a usage error"
                + (debug ? "" : " (--debug shows the stack trace)")), ex);
        return FAILURE;
    }

    /** "golab gc: ..." unless the message already names the command. */
    static String line(CommandLine cmd, String message) {
        String name = cmd.getCommandSpec().qualifiedName();
        return message.startsWith(name + ":") || message.startsWith(name + " ") ? message : name + ": " + message;
    }

    private void print(CommandLine cmd, String line, Throwable ex) {
        PrintWriter err = cmd.getErr();
        err.println(line);
        if (debug) {
            StringWriter trace = new StringWriter();
            ex.printStackTrace(new PrintWriter(trace));
            err.print(trace);
        }
        err.flush();
    }

    /** What is wrong and what is valid, from the exception picocli (or a command) raised. */
    static String describe(ParameterException ex) {
        CommandLine cmd = ex.getCommandLine();
        String help = "see '" + cmd.getCommandSpec().qualifiedName() + " --help'";
        if (ex.getCause() instanceof TypeConversionException tce) {
            ArgSpec arg = ex.getArgSpec();
            String prefix = arg instanceof OptionSpec o ? o.longestName() + ": " : "";
            String msg = oneLine(prefix + builtIn(tce.getMessage()));
            return msg.contains(";") ? msg : msg + "; " + help;
        }
        if (ex instanceof UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String first = u.getUnmatched().getFirst();
            if (first.startsWith("-")) {
                return "unknown option '" + first + "'; valid options: " + optionNames(cmd);
            }
            if (!cmd.getSubcommands().isEmpty()) {
                return "unknown command '" + first + "'; valid: " + String.join(", ", cmd.getSubcommands().keySet());
            }
            return "unexpected argument '" + first + "'; " + help;
        }
        String msg = oneLine(ex.getMessage()).replaceAll("\\.$", "");
        if (msg.startsWith("Unknown subcommand")) {                             // golab help nope
            CommandLine owner = cmd.getSubcommands().isEmpty() && cmd.getParent() != null ? cmd.getParent() : cmd;
            return "u" + msg.substring(1) + "; valid: " + String.join(", ", owner.getSubcommands().keySet());
        }
        msg = msg.isEmpty() ? msg : msg.substring(0, 1).toLowerCase(Locale.ROOT) + msg.substring(1);
        return msg.contains(";") ? msg : msg + "; " + help;
    }

    /** picocli's own converters say "'x' is not a long"; name the valid form in the same line. */
    static String builtIn(String message) {
        Matcher m = BUILT_IN.matcher(message);
        if (!m.matches()) return message;
        return "'" + m.group(1) + "' is not a whole number; valid: a whole number, e.g. 1 or 42";
    }

    private static final Pattern BUILT_IN = Pattern.compile("'(.*)' is not an? (int|long|short|byte)");

    private static String optionNames(CommandLine cmd) {
        return String.join(", ", cmd.getCommandSpec().options().stream()
                .filter(o -> !o.hidden()).map(OptionSpec::longestName).sorted().toList());
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s*\\R\\s*", "; ");
    }
}
