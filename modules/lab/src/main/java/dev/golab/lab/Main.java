package dev.golab.lab;

/*
 * The `golab` command (./golab at the repository root): picocli entry point. Each subcommand is its
 * own class; modules add theirs to the list below. Errors go through dev.golab.lab.cli.CliErrors: a bad
 * argument prints one line and exits 2; --debug adds the stack trace.
 */
import dev.golab.lab.cli.CliErrors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

@Command(name = "golab", mixinStandardHelpOptions = true, version = "golab 0.1.0-SNAPSHOT",
        description = "Go's runtime ideas, executable in Java 25: tour, answer, quiz, bench, gc, sched.",
        subcommands = {TourCommand.class, AnswerCommand.class, QuizCommand.class, BenchCommand.class, GcCommand.class, SchedCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "show the stack trace of an error")
    boolean debug;

    public static void main(String[] args) {
        int code = commandLine(args).execute(args);
        System.out.flush();
        System.exit(code);
    }

    /** The golab command line with its one error path installed (CliErrors); tests execute it in-process. */
    public static CommandLine commandLine(String... args) {
        return CliErrors.install(new CommandLine(new Main()), args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
