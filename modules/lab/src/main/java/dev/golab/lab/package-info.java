/**
 * The {@code golab} command (picocli): tour, answer, quiz, bench, gc, sched. Each subcommand is one class;
 * the tour's chapters live in {@code dev.golab.lab.tour}, the study guide behind `answer` in
 * {@code dev.golab.lab.guide}, the quiz's topics in {@code dev.golab.lab.quiz}. Nothing here models Go — it runs the models
 * and prints what they just did beside what Go does.
 */
package dev.golab.lab;
