package dev.golab.lab.quiz;

import java.util.List;
import java.util.random.RandomGenerator;

/** A family of quiz questions whose answers the lab computes live (slices, select, recover, gc, sched). */
public interface Topic {
    String name();

    /** A new question drawn with {@code rnd}; the model runs now to produce its answer. */
    Round next(RandomGenerator rnd);

    static List<Topic> all() {
        return List.of(new SliceGrowth(), new SelectFairness(), new RecoverRules(), new HeapGoal(), new RunOrder());
    }

    /** The prediction as an integer, or null when it is not one. */
    static Long number(String s) {
        try {
            return Long.parseLong(s.replace("_", "").replace(",", "").strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
