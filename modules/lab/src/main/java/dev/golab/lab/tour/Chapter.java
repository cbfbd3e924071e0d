package dev.golab.lab.tour;

/**
 * One chapter of `golab tour`: a few behaviours, each shown live — the question, what Go does, and
 * what the model just did (computed now, never canned).
 */
public interface Chapter {
    /** Short name used by `golab tour <name>`, e.g. "runtime". */
    String name();

    String title();

    void run(TourOut out) throws Exception;
}
