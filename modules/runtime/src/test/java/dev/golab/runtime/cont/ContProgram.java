package dev.golab.runtime.cont;

import dev.golab.runtime.GoPanic;
import java.util.concurrent.CountDownLatch;

/** A child-JVM program for ContFlagAnswersTest: starts the continuation runtime; "panic" makes a G panic. */
public final class ContProgram {
    private ContProgram() {}

    public static void main(String[] args) throws InterruptedException {
        ContRuntime rt = ContRuntime.start(1);
        if (args.length > 0 && args[0].equals("panic")) {
            rt.go(() -> {
                throw new GoPanic("boom");
            }, null);
            new CountDownLatch(1).await();                  // main blocks; the crash must end the process
        }
        System.out.println("started");
    }
}
