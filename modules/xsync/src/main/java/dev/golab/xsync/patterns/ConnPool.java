package dev.golab.xsync.patterns;

/*
 * Go behaviour:    database/sql.DB's pool (sql.go, Go 1.23): SetMaxOpenConns(n) bounds open
 *                  connections; a caller over the limit queues (connRequests) until a connection is
 *                  released or its ctx ends (then ctx.Err()). SetMaxIdleConns(n) (default 2) keeps at
 *                  most n idle; extra released connections are closed. SetConnMaxLifetime /
 *                  SetConnMaxIdleTime: an expired connection is closed instead of reused. A released
 *                  connection goes straight to a queued waiter first.
 * Model:           1. acquire(ctx): reuse a fresh idle conn (closing expired ones), else open one if
 *                     below maxOpen, else enqueue a one-slot channel and select on it and ctx.done().
 *                  2. release(c): expired → close (and open a new one for a waiter); a waiter →
 *                     hand over; idle room → idle; else close.
 *                  3. a waiter whose ctx won the race but was already handed a conn gives it back.
 * Invariants:      CP-I1 open() <= maxOpen at all times (STD-02.01). CP-I2 idle() <= maxIdle (STD-02.02).
 *                  CP-I3 no expired connection is handed out (STD-02.03).
 * Differs from Go: no driver, no background opener/cleaner goroutines (expiry is checked lazily at
 *                  acquire/release, which is when Go's checks matter to callers).
 * See:             ConnPoolAnswersTest (STD-02).
 */
import dev.golab.chan.Chan;
import dev.golab.chan.Select;
import dev.golab.context.Context;
import dev.golab.runtime.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

public final class ConnPool {
    /** A pooled connection: created / returned times decide its expiry. */
    public static final class Conn {
        public final int id;
        final Instant createdAt;
        Instant returnedAt;
        volatile boolean closed;

        Conn(int id, Instant now) {
            this.id = id;
            this.createdAt = now;
            this.returnedAt = now;
        }

        public boolean closed() {
            return closed;
        }
    }

    private final Clock clock;
    private final Deque<Conn> idle = new ArrayDeque<>();
    private final Deque<Chan<Conn>> waiters = new ArrayDeque<>();
    private int maxOpen;                               // 0 = unlimited
    private int maxIdle = 2;                           // database/sql defaultMaxIdleConns
    private Duration maxLifetime = Duration.ZERO;      // 0 = forever
    private Duration maxIdleTime = Duration.ZERO;
    private int open;
    private int nextId;
    private int closedCount;

    public ConnPool(Clock clock) {
        this.clock = clock;
    }

    public synchronized void setMaxOpenConns(int n) { maxOpen = Math.max(0, n); if (maxOpen > 0 && maxIdle > maxOpen) maxIdle = maxOpen; }
    public synchronized void setMaxIdleConns(int n) { maxIdle = Math.max(0, maxOpen > 0 ? Math.min(n, maxOpen) : n); }
    public synchronized void setConnMaxLifetime(Duration d) { maxLifetime = d; }
    public synchronized void setConnMaxIdleTime(Duration d) { maxIdleTime = d; }

    /** db.conn(ctx, cachedOrNewConn): a connection, or ctx.Err() (as an exception) if ctx ends first. */
    public Conn acquire(Context ctx) {
        Chan<Conn> mine;
        synchronized (this) {
            if (ctx.err() != null) throw ctx.err();
            while (!idle.isEmpty()) {
                Conn c = idle.pollFirst();
                if (!expired(c)) return c;
                closeLocked(c);
            }
            if (maxOpen == 0 || open < maxOpen) return openLocked();
            mine = Chan.make(1);
            waiters.addLast(mine);
        }
        Conn[] got = {null};
        Select.select(Select.recv(mine, c -> got[0] = c), Select.recv(ctx.done(), v -> {}));
        if (got[0] != null) return got[0];
        synchronized (this) {
            if (waiters.remove(mine)) throw ctx.err();
        }
        release(mine.recv());                                 // handed over just as ctx ended: give it back
        throw ctx.err();
    }

    /** db.putConn: return a connection to the pool. */
    public void release(Conn c) {
        synchronized (this) {
            if (expired(c)) {
                closeLocked(c);
                if (!waiters.isEmpty() && (maxOpen == 0 || open < maxOpen)) waiters.pollFirst().send(openLocked());
                return;
            }
            c.returnedAt = clock.now();
            if (!waiters.isEmpty()) waiters.pollFirst().send(c);          // one-slot channel: never blocks
            else if (idle.size() < maxIdle) idle.addLast(c);
            else closeLocked(c);
        }
    }

    private boolean expired(Conn c) {
        Instant now = clock.now();
        if (!maxLifetime.isZero() && !c.createdAt.plus(maxLifetime).isAfter(now)) return true;
        return !maxIdleTime.isZero() && !c.returnedAt.plus(maxIdleTime).isAfter(now);
    }

    private Conn openLocked() {
        open++;
        return new Conn(++nextId, clock.now());
    }

    private void closeLocked(Conn c) {
        c.closed = true;
        open--;
        closedCount++;
    }

    public synchronized int open() { return open; }
    public synchronized int idle() { return idle.size(); }
    public synchronized int waiting() { return waiters.size(); }
    public synchronized int closedTotal() { return closedCount; }
}
