package dev.golab.lab;

import dev.golab.lab.quiz.Round;
import dev.golab.lab.quiz.Topic;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `golab quiz [TOPIC] [--seed N]`: asks questions whose answers the lab computes live (the cap after
 * some appends, how often a select case wins, what recover returns, the heap goal, the run order under
 * GOMAXPROCS=1). The reader types a
 * prediction; the model's answer and the one-line why follow. Plain lines on stdin, so it is scriptable
 * (`printf '10\n' | ./golab quiz slices --seed 1`); end of input ends the quiz with the score.
 */
@Command(name = "quiz", mixinStandardHelpOptions = true,
        description = {"Predict what Go does; the lab computes the answer live and says why.",
                "Topics: slices, select, recover, gc, sched (default: all). Ends at end of input or after --count questions."})
final class QuizCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "TOPIC", description = "slices, select, recover, gc or sched")
    String topic;

    @Option(names = "--seed", paramLabel = "N", description = "seed for the questions (default: random, printed so a run can be repeated)")
    Long seed;

    @Option(names = "--count", paramLabel = "N", defaultValue = "5", description = "questions to ask (default ${DEFAULT-VALUE})")
    int count;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Topic> topics = Topic.all().stream().filter(t -> topic == null || t.name().equals(topic)).toList();
        if (topics.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "golab quiz: unknown topic '" + topic + "'; valid: "
                    + String.join(", ", Topic.all().stream().map(Topic::name).toList()));
        }
        if (count < 1) throw new CommandLine.ParameterException(spec.commandLine(), "golab quiz: --count must be at least 1, got " + count);
        long s = seed != null ? seed : new Random().nextLong(1, 1_000_000);
        Random rnd = new Random(s);
        System.out.println("golab quiz" + (topic == null ? "" : " " + topic) + " --seed " + s + "  (type your prediction, Enter; end of input stops)");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        int asked = 0, right = 0;
        for (int i = 1; i <= count; i++) {
            Round r = topics.get(rnd.nextInt(topics.size())).next(rnd);
            System.out.println();
            System.out.println("Q" + i + " [" + r.id() + "]");
            r.prompt().lines().forEach(l -> System.out.println("  " + l));
            System.out.print("> ");
            System.out.flush();
            String line = in.readLine();
            if (line == null) {
                System.out.println();
                break;
            }
            if (System.console() == null || !System.console().isTerminal()) System.out.println(line);   // scripted: show the prediction
            asked++;
            boolean ok = r.judge(line);
            if (ok) right++;
            System.out.println((ok ? "✓ right: " : "✗ the lab computed: ") + r.answer());
            System.out.println("  why: " + r.why());
        }
        System.out.println();
        System.out.println("score: " + right + "/" + asked);
        return 0;
    }
}
