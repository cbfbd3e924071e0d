package dev.golab.lab.bench;

import java.nio.file.Path;

/**
 * ChartsAtShutdownTest's child JVM: draws the charts from inside a shutdown hook, where golab bench's
 * Ctrl-C save draws them, then exits. Prints "drawn N" or the failure.
 */
public final class ChartsAtShutdownMain {
    private ChartsAtShutdownMain() {}

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                System.out.println("drawn " + Charts.write(dir, ReportFilesTest.results().rows()).size());
            } catch (Exception e) {
                System.out.println("failed: " + e);
            }
        }));
        System.exit(0);
    }
}
