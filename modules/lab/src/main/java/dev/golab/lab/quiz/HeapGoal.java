package dev.golab.lab.quiz;

import dev.golab.gc.pacer.Pacer;
import java.util.random.RandomGenerator;

/** RT-01.06: the heap goal for a live heap, stacks, globals and GOGC, from the lab's Go 1.23 pacer. */
final class HeapGoal implements Topic {
    private static final int[] GOGC = {50, 100, 200};

    @Override
    public String name() {
        return "gc";
    }

    @Override
    public Round next(RandomGenerator rnd) {
        long live = rnd.nextInt(2, 33);
        long stacks = rnd.nextInt(0, 3);
        long globals = rnd.nextInt(0, 3);
        int gogc = GOGC[rnd.nextInt(GOGC.length)];
        long goal = Pacer.heapGoal(live * Pacer.MiB, stacks * Pacer.MiB, globals * Pacer.MiB, gogc);
        double mib = goal / (double) Pacer.MiB;
        String answer = mib == Math.rint(mib) ? String.valueOf((long) mib) : String.format("%.2f", mib);
        String why = "Go 1.18+: goal = live + (live + stacks + globals) × GOGC/100 = " + live + " + (" + live + " + " + stacks
                + " + " + globals + ") × " + gogc + "/100 MiB (not simply 2× live).";
        return new Round("RT-01.06", "The last GC marked " + live + " MiB live; goroutine stacks " + stacks + " MiB, globals "
                + globals + " MiB; GOGC=" + gogc + ".\nAt what heap size (MiB) is the next cycle's goal?", answer, p -> {
                    try {
                        return Math.abs(Double.parseDouble(p.replace("mib", "").strip()) - mib) <= 0.5;
                    } catch (NumberFormatException e) {
                        return false;
                    }
                }, why);
    }
}
