package dev.golab.lab;

/*
 * The `golab` command (./golab at the repository root): picocli entry point. Each subcommand is its
 * own class; modules add theirs to the list below.
 */
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "golab", mixinStandardHelpOptions = true, version = "golab 0.1.0-SNAPSHOT",
        description = "Go's runtime ideas, executable in Java 25: tour, answer, bench, gc, sched.",
        subcommands = {TourCommand.class, AnswerCommand.class, QuizCommand.class, BenchCommand.class, GcCommand.class, SchedCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int code = new CommandLine(new Main()).execute(args);
        System.out.flush();
        System.exit(code);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
