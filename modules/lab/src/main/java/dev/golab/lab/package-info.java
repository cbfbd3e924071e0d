/**
 * The {@code golab} command (picocli): tour, answer, bench, gc, sched. Each subcommand is one class;
 * the tour's chapters live in {@code dev.golab.lab.tour}. Nothing here models Go — it runs the models
 * and prints what they just did beside what Go does.
 */
package dev.golab.lab;
