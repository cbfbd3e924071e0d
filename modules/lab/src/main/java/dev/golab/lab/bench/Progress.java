package dev.golab.lab.bench;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The one progress line of `golab bench`: what runs, how long the run has taken, and an ETA. A
 * ticker redraws it every second, so even a long fork start or a slow iteration never leaves the
 * terminal silent. On a terminal the line is redrawn in place; in a log (no console) it is printed
 * when the benchmark changes and every 15 s.
 */
public final class Progress implements AutoCloseable {
    private final PrintStream out;
    private final boolean tty;
    private final long start = System.nanoTime();
    private final ScheduledExecutorService ticker;
    private volatile String phase = "starting";
    private volatile String what = "";
    private volatile int done;
    private volatile int total;
    private volatile double estimatePerItem;
    private volatile long lastPrinted;
    private volatile String lastWhat = "";

    public Progress(PrintStream out, boolean tty) {
        this.out = out;
        this.tty = tty;
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "golab-bench-progress");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(this::draw, 1, 1, TimeUnit.SECONDS);
    }

    /** A new phase (JMH, Go) of {@code total} items, each guessed to take {@code secondsEach}. */
    public synchronized void phase(String name, int total, double secondsEach) {
        this.phase = name;
        this.total = total;
        this.done = 0;
        this.estimatePerItem = secondsEach;
        this.phaseStart = System.nanoTime();
        draw();
    }

    private volatile long phaseStart = System.nanoTime();

    public void item(String what) {
        this.what = what;
        draw();
    }

    public void itemDone() {
        done++;
    }

    public synchronized void draw() {
        long now = System.nanoTime();
        double elapsed = (now - start) / 1e9, inPhase = (now - phaseStart) / 1e9;
        int d = done, t = total;
        double perItem = d == 0 ? estimatePerItem : (0.5 * inPhase / d + 0.5 * estimatePerItem);
        if (d >= 3) perItem = inPhase / d;                    // measured pace wins once there is some
        double eta = Math.max(0, (t - d) * perItem - (d == 0 ? inPhase : 0));
        String line = String.format("%s [%d/%d] %s | elapsed %s | ETA ~%s", phase, Math.min(d + 1, Math.max(t, 1)), t, what,
                clock(elapsed), clock(eta));
        if (tty) {
            out.print("\r" + line + "\033[K");
            out.flush();
        } else if (!what.equals(lastWhat) || now - lastPrinted > 15_000_000_000L) {
            out.println(line);
            lastPrinted = now;
            lastWhat = what;
        }
    }

    /** Ends the line (a message follows on its own line). */
    public synchronized void println(String msg) {
        if (tty) out.print("\r\033[K");
        out.println(msg);
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format("%dh%02dm", s / 3600, s / 60 % 60)
                : s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : s + "s";
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        if (tty) {
            out.print("\r\033[K");
            out.flush();
        }
    }
}
