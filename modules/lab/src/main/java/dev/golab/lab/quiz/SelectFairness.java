package dev.golab.lab.quiz;

import dev.golab.chan.Case;
import dev.golab.chan.Chan;
import dev.golab.chan.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** CONC-03.02: how often one of k always-ready cases wins, counted live on the lab's select. */
final class SelectFairness implements Topic {
    private static final int ROUNDS = 3_000;

    @Override
    public String name() {
        return "select";
    }

    @Override
    public Round next(RandomGenerator rnd) {
        int k = rnd.nextInt(2, 5);
        List<Chan<Integer>> cs = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            Chan<Integer> c = Chan.make();
            c.close();
            cs.add(c);
        }
        Case[] cases = cs.stream().map(c -> Select.recv(c)).toArray(Case[]::new);
        int wins = 0;
        for (int r = 0; r < ROUNDS; r++) if (Select.select(cases) == 0) wins++;
        double p = 1.0 / k;
        double sigma = Math.sqrt(ROUNDS * p * (1 - p));
        long expected = Math.round(ROUNDS * p);
        int observed = wins;
        String code = "// " + k + " closed channels: every case is always ready\nfor i := 0; i < " + ROUNDS
                + "; i++ { select { case <-c0: n0++ " + (k > 2 ? "case <-c1: … " : "case <-c1: ") + "} }";
        String why = "select picks uniformly among ready cases: expect " + ROUNDS + "/" + k + " ≈ " + expected
                + " ± " + Math.round(sigma) + " (1σ); this run counted " + observed + ". Right = within 3σ of the count.";
        return new Round("CONC-03.02", code + "\nAbout how many times does case 0 (c0) win?", String.valueOf(observed),
                s -> {
                    Long n = Topic.number(s);
                    return n != null && Math.abs(n - observed) <= 3 * sigma;
                }, why);
    }
}
