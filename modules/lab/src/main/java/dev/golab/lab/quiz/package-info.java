/**
 * `golab quiz`: questions whose answers the lab computes live, one {@link dev.golab.lab.quiz.Topic} per
 * family — {@code slices} (cap after appends, Growslice), {@code select} (how often a ready case wins,
 * Select over closed channels, judged within 3σ), {@code recover} (what recover() returns where it is
 * called, Func/Frame), {@code gc} (the heap goal, Pacer), {@code sched} (start order under
 * GOMAXPROCS=1, SchedSim). Each {@link dev.golab.lab.quiz.Round} carries the checklist ID it exercises
 * and the one-line why. Nothing is canned: the model runs when the question is asked.
 */
package dev.golab.lab.quiz;
