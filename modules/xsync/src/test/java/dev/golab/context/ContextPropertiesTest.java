package dev.golab.context;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CONC-04.03 as a property: build a random context tree (seeded), cancel one random cancellable node,
 * and compare the set of done nodes with a reference model — the node's subtree, where a
 * WithoutCancel node (and everything under it) is cut off. On failure the message is the Go program.
 */
class ContextPropertiesTest {
    enum Kind { CANCEL, CAUSE, VALUE, WITHOUT_CANCEL }

    record Node(int id, int parent, Kind kind, Context ctx) {}

    static Stream<Long> seeds() {
        int n = 150 * Integer.getInteger("golab.stress.scale", 1);
        return IntStream.range(0, n).mapToObj(i -> 20261127L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("CONC-04.03 Q: which nodes does cancelling one node cancel? (exactly its subtree, never parent or siblings)")
    void cancellationReachesExactlyTheSubtreeOfTheCancelledNode(long seed) {
        Random rnd = new Random(seed);
        List<Node> nodes = new ArrayList<>();
        StringBuilder program = new StringBuilder("c0 := context.Background()\n");
        nodes.add(new Node(0, -1, null, Context.background()));
        int size = 2 + rnd.nextInt(30);
        for (int i = 1; i < size; i++) {
            Node p = nodes.get(rnd.nextInt(nodes.size()));
            Kind k = Kind.values()[rnd.nextInt(Kind.values().length)];
            Context c = switch (k) {
                case CANCEL -> Context.withCancel(p.ctx);
                case CAUSE -> Context.withCancelCause(p.ctx);
                case VALUE -> Context.withValue(p.ctx, "k" + i, i);
                case WITHOUT_CANCEL -> Context.withoutCancel(p.ctx);
            };
            nodes.add(new Node(i, p.id, k, c));
            program.append(switch (k) {
                case CANCEL -> "c" + i + ", cancel" + i + " := context.WithCancel(c" + p.id + ")\n";
                case CAUSE -> "c" + i + ", cancel" + i + " := context.WithCancelCause(c" + p.id + ")\n";
                case VALUE -> "c" + i + " := context.WithValue(c" + p.id + ", \"k" + i + "\", " + i + ")\n";
                case WITHOUT_CANCEL -> "c" + i + " := context.WithoutCancel(c" + p.id + ")\n";
            });
        }
        List<Node> cancellable = nodes.stream().filter(n -> n.ctx instanceof CancelContext).toList();
        if (cancellable.isEmpty()) return;
        Node victim = cancellable.get(rnd.nextInt(cancellable.size()));
        ((CancelContext) victim.ctx).cancel();
        program.append("cancel").append(victim.id).append("()\n");

        for (Node n : nodes) {
            boolean expected = reachesWithoutCut(nodes, victim.id, n.id);
            assertThat(n.ctx.err() != null)
                    .as("c%d done? (expected %s)\n%s", n.id, expected, program)
                    .isEqualTo(expected);
        }
        for (Node n : cancellable) ((CancelContext) n.ctx).cancel();
    }

    /** Reference model: `to` is in the subtree of `from`, with no WithoutCancel node on the path (to included). */
    private static boolean reachesWithoutCut(List<Node> nodes, int from, int to) {
        for (int cur = to; cur != -1; cur = nodes.get(cur).parent) {
            if (cur == from) return true;
            if (nodes.get(cur).kind == Kind.WITHOUT_CANCEL) return false;
        }
        return false;
    }
}
