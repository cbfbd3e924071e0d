package dev.golab.lab.tour;

import dev.golab.runtime.Func;
import dev.golab.runtime.Go;
import dev.golab.runtime.GoFatal;
import dev.golab.runtime.GoPanic;
import dev.golab.runtime.Goroutine;
import dev.golab.runtime.WaitReason;
import dev.golab.sync.Mutex;
import dev.golab.sync.Once;
import dev.golab.sync.Pool;
import dev.golab.sync.WaitGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** sync: Go's semantics, not java.util.concurrent's — every line computed now on dev.golab.sync. */
public final class SyncChapter implements Chapter {
    @Override
    public String name() {
        return "sync";
    }

    @Override
    public String title() {
        return "sync: Mutex, WaitGroup, Once, Pool — Go's rules, not Java's";
    }

    @Override
    public void run(TourOut out) throws Exception {
        mutexNotReentrant(out);
        unlockOfUnlocked(out);
        mutexNotOwned(out);
        waitGroup(out);
        oncePanics(out);
        poolVictim(out);
    }

    private static void mutexNotReentrant(TourOut out) throws InterruptedException {
        Mutex mu = new Mutex();
        Goroutine g = Go.go(() -> {
            mu.lock();
            mu.lock();                                                 // Go: blocks forever (deadlock)
        });
        Waits.until("the second Lock to block", () -> g.waitReason() == WaitReason.SYNC_MUTEX_LOCK);
        String seen = g.toString();
        mu.unlock();                                                   // any goroutine may unlock: frees it
        out.behaviour("CONC-06", "Is sync.Mutex reentrant? (the same goroutine calls Lock twice)",
                "no: the second Lock blocks forever — goroutine N [sync.Mutex.Lock]:",
                seen + "  (released here by another goroutine's Unlock)", seen.endsWith("[sync.Mutex.Lock]:"));
    }

    private static void unlockOfUnlocked(TourOut out) {
        String got;
        try {
            Func.run(f -> {
                f.defer(() -> f.recover());                            // recover cannot stop a fatal error
                new Mutex().unlock();
            });
            got = "no error";
        } catch (GoFatal fatal) {
            got = "fatal error: " + fatal.getMessage() + " (recover() did not stop it)";
        }
        out.behaviour("CONC-06", "What does Unlock of an unlocked Mutex do?",
                "fatal error: sync: unlock of unlocked mutex — unrecoverable", got,
                got.startsWith("fatal error: sync: unlock of unlocked mutex"));
    }

    private static void mutexNotOwned(TourOut out) throws InterruptedException {
        Mutex mu = new Mutex();
        mu.lock();
        WaitGroup wg = new WaitGroup();
        wg.add(1);
        Go.go(() -> {
            mu.unlock();                                               // legal in Go: no owner
            wg.done();
        });
        wg.await();
        boolean free = mu.tryLock();
        out.behaviour("CONC-06", "May another goroutine Unlock a Mutex it did not Lock?",
                "yes: a Mutex is not associated with a goroutine (ReentrantLock would throw)",
                free ? "unlocked by another goroutine; TryLock now succeeds" : "still locked", free);
    }

    private static void waitGroup(TourOut out) {
        WaitGroup wg = new WaitGroup();
        AtomicInteger sum = new AtomicInteger();
        for (int i = 1; i <= 100; i++) {
            int n = i;
            wg.add(1);
            Go.go(() -> {
                sum.addAndGet(n);
                wg.done();
            });
        }
        wg.await();
        String neg;
        try {
            wg.done();
            neg = "no panic";
        } catch (GoPanic p) {
            neg = "panic: " + p.getMessage();
        }
        String got = "sum " + sum.get() + " after Wait; one Done too many → " + neg;
        out.behaviour("CONC-06", "WaitGroup: Add before go, Done in it, Wait — and one Done too many?",
                "sum 5050 after Wait; one Done too many → panic: sync: negative WaitGroup counter",
                got, got.equals("sum 5050 after Wait; one Done too many → panic: sync: negative WaitGroup counter"));
    }

    private static void oncePanics(TourOut out) {
        Once once = new Once();
        List<String> log = new ArrayList<>();
        try {
            once.run(() -> {
                log.add("f ran");
                throw new GoPanic("init failed");
            });
        } catch (GoPanic p) {
            log.add("panic: " + p.getMessage());
        }
        once.run(() -> log.add("f ran again"));
        String got = String.join(", ", log);
        out.behaviour("CONC-06", "sync.Once: f panics on the first Do — does a second Do retry?",
                "no: f ran, panic: init failed — Once counts it as done", got,
                got.equals("f ran, panic: init failed"));
    }

    private static void poolVictim(TourOut out) {
        Pool<StringBuilder> pool = new Pool<>(() -> new StringBuilder("new"));
        StringBuilder mine = new StringBuilder("pooled");
        List<String> seen = new ArrayList<>();
        Pool.onP(0, () -> {
            pool.put(mine);
            Pool.gcCycle();
            seen.add("after 1 GC: " + pool.get());                     // from the victim cache
            pool.put(mine);
            Pool.gcCycle();
            Pool.gcCycle();
            seen.add("after 2 GCs: " + pool.get());                    // dropped: New is called
            return null;
        });
        String got = String.join("; ", seen);
        out.behaviour("RT-08", "sync.Pool: does a pooled object survive a GC? Two?",
                "after 1 GC: pooled (victim cache, Go 1.13+); after 2 GCs: new", got,
                got.equals("after 1 GC: pooled; after 2 GCs: new"));
    }
}
