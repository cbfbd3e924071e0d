package dev.golab.lab.tour;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** How a chapter prints: one block per behaviour, the same three lines everywhere. */
public final class TourOut {
    private final PrintStream out;
    private final String only;
    private int shown;
    private int differs;
    private final List<String> documented = new ArrayList<>();
    private boolean printing = true;

    public TourOut(PrintStream out) {
        this(out, "");
    }

    /** Shows only behaviours whose ID starts with {@code onlyIdPrefix} (`golab answer CORE-06`). */
    public TourOut(PrintStream out, String onlyIdPrefix) {
        this.out = out;
        this.only = onlyIdPrefix;
    }

    public void chapter(String title) {
        if (!only.isEmpty()) return;
        out.println();
        out.println("== " + title + " " + "=".repeat(Math.max(3, 72 - title.length())));
    }

    /**
     * One behaviour. {@code model} is what the lab just computed; {@code matches} says whether it agrees
     * with Go (printed as a check mark so a mismatch is visible at once).
     */
    public void behaviour(String id, String question, String go, String model, boolean matches) {
        printing = id.startsWith(only);
        if (!printing) return;
        shown++;
        if (!matches) differs++;
        out.println();
        out.println("[" + id + "] " + question);
        out.println("  Go:    " + go.replace("\n", "\n         "));
        out.println("  golab: " + model.replace("\n", "\n         "));
        out.println("  " + (matches ? "✓ same as Go" : "✗ DIFFERS from Go"));
    }

    /**
     * A behaviour where Java knowingly differs from Go (stated in the model's header and in a test
     * named after the difference). {@code asDocumented} is whether the model showed the documented
     * Java behaviour; only an undocumented outcome counts as a mismatch.
     */
    public void knownDifference(String id, String question, String go, String model, boolean asDocumented) {
        printing = id.startsWith(only);
        if (!printing) return;
        shown++;
        if (asDocumented) documented.add(id);
        else differs++;
        out.println();
        out.println("[" + id + "] " + question);
        out.println("  Go:    " + go.replace("\n", "\n         "));
        out.println("  golab: " + model.replace("\n", "\n         "));
        out.println("  " + (asDocumented ? "≠ differs from Go by design (documented Java difference)"
                : "✗ DIFFERS from Go, and not as documented"));
    }

    /** Free text (diagrams, histograms) under the current behaviour. */
    public void detail(String text) {
        if (!printing) return;
        for (String line : text.split("\n", -1)) out.println("         " + line);
    }

    public int shown() {
        return shown;
    }

    /** Behaviours whose live result differed from Go's (documented Java differences excluded). */
    public int differs() {
        return differs;
    }

    /** IDs of the behaviours shown as documented Java differences, in order. */
    public List<String> documentedDifferences() {
        return List.copyOf(documented);
    }

    /** Behaviours that matched Go: shown, less documented differences, less mismatches. */
    public int matches() {
        return shown - documented.size() - differs;
    }

    /** "58 behaviours shown: 57 match Go, 1 documented Java difference, 0 differ." */
    public String summary() {
        int d = documented.size();
        return shown + " behaviour" + (shown == 1 ? "" : "s") + " shown: " + matches() + " match Go, "
                + d + " documented Java difference" + (d == 1 ? "" : "s") + ", " + differs + " differ.";
    }

    public PrintStream stream() {
        return out;
    }
}
