package dev.golab.runtime;

import java.util.concurrent.CountDownLatch;

/** A child-JVM program for PanicAnswersTest: a goroutine panics and nothing recovers it. */
public final class CrashingProgram {
    private CrashingProgram() {}

    public static void main(String[] args) throws InterruptedException {
        Go.go(() -> Func.run(f -> {
            f.defer(() -> System.out.println("deferred ran"));
            throw new GoPanic(args.length > 0 ? args[0] : "boom");
        }));
        new CountDownLatch(1).await();                      // main blocks; the crash must end the process
    }
}
