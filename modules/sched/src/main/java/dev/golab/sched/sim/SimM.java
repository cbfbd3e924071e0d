package dev.golab.sched.sim;

/** A simulated M (OS thread): the P it holds, its current G, whether it spins or polls the network. */
final class SimM {
    final int id;
    SimP p;
    SimG curg;
    boolean spinning;
    boolean idle;

    SimM(int id) {
        this.id = id;
    }
}
