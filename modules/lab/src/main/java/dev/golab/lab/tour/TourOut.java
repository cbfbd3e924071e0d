package dev.golab.lab.tour;

import java.io.PrintStream;

/** How a chapter prints: one block per behaviour, the same three lines everywhere. */
public final class TourOut {
    private final PrintStream out;
    private int shown;

    public TourOut(PrintStream out) {
        this.out = out;
    }

    public void chapter(String title) {
        out.println();
        out.println("== " + title + " " + "=".repeat(Math.max(3, 72 - title.length())));
    }

    /**
     * One behaviour. {@code model} is what the lab just computed; {@code matches} says whether it agrees
     * with Go (printed as a check mark so a mismatch is visible at once).
     */
    public void behaviour(String id, String question, String go, String model, boolean matches) {
        shown++;
        out.println();
        out.println("[" + id + "] " + question);
        out.println("  Go:    " + go.replace("\n", "\n         "));
        out.println("  golab: " + model.replace("\n", "\n         "));
        out.println("  " + (matches ? "✓ same as Go" : "✗ DIFFERS from Go"));
    }

    /** Free text (diagrams, histograms) under the current behaviour. */
    public void detail(String text) {
        for (String line : text.split("\n", -1)) out.println("         " + line);
    }

    public int shown() {
        return shown;
    }

    public PrintStream stream() {
        return out;
    }
}
