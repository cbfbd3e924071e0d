package dev.golab.xsync.patterns;

import static dev.golab.testkit.GoAwait.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golab.chan.Chan;
import dev.golab.context.CancelContext;
import dev.golab.context.Context;
import dev.golab.context.ContextError;
import dev.golab.errors.Errors;
import dev.golab.runtime.Go;
import dev.golab.runtime.VirtualClock;
import dev.golab.xsync.ErrGroup;
import dev.golab.xsync.GoException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConnPoolAnswersTest {
    final VirtualClock clock = new VirtualClock();
    final ConnPool db = new ConnPool(clock);
    final Context bg = Context.background();

    @Test
    @DisplayName("STD-02.01 Q: with SetMaxOpenConns(25), what happens to the 26th concurrent query? (blocks, or ctx.Err())")
    void atMostMaxOpenConnectionsAndTheNextCallerBlocksOrFailsWithCtxErr() {
        db.setMaxOpenConns(25);
        AtomicInteger inUse = new AtomicInteger(), peak = new AtomicInteger();
        Chan<Void> gate = Chan.make();
        ErrGroup g = new ErrGroup();
        for (int i = 0; i < 60; i++) g.go(() -> {
            ConnPool.Conn c = db.acquire(bg);
            peak.accumulateAndGet(inUse.incrementAndGet(), Math::max);
            gate.recvOk();
            inUse.decrementAndGet();
            db.release(c);
            return null;
        });
        await().until(() -> inUse.get() == 25 && db.waiting() == 35);
        CancelContext ctx = Context.withCancel(bg);
        Chan<Object> late = Chan.make(1);
        Go.go(() -> {
            try {
                late.send(db.acquire(ctx));
            } catch (ContextError e) {
                late.send(e);
            }
        });
        await().until(() -> db.waiting() == 36);
        ctx.cancel();
        assertThat(late.recv()).isSameAs(ContextError.CANCELED);
        gate.close();
        assertThat(g.await()).isNull();
        assertThat(peak.get()).isEqualTo(25);
        assertThat(db.open()).isLessThanOrEqualTo(25);
    }

    @Test
    @DisplayName("STD-02.02 Q: with SetMaxIdleConns(10), what happens to the 11th released connection? (closed)")
    void atMostMaxIdleConnectionsAreKept() {
        db.setMaxIdleConns(10);
        List<ConnPool.Conn> held = new ArrayList<>();
        for (int i = 0; i < 12; i++) held.add(db.acquire(bg));
        held.forEach(db::release);
        assertThat(db.idle()).isEqualTo(10);
        assertThat(held.stream().filter(ConnPool.Conn::closed).count()).isEqualTo(2);
    }

    @Test
    @DisplayName("STD-02.03 Q: are connections past ConnMaxLifetime or ConnMaxIdleTime reused? (no, closed; fake clock)")
    void expiredConnectionsAreClosedNotReused() {
        db.setConnMaxLifetime(Duration.ofMinutes(30));
        db.setConnMaxIdleTime(Duration.ofMinutes(5));
        ConnPool.Conn c = db.acquire(bg);
        db.release(c);
        clock.advance(Duration.ofMinutes(4));
        assertThat(db.acquire(bg)).isSameAs(c);                          // idle 4 min: reused
        db.release(c);
        clock.advance(Duration.ofMinutes(5));
        ConnPool.Conn fresh = db.acquire(bg);                            // idle 5 min: expired
        assertThat(fresh).isNotSameAs(c);
        assertThat(c.closed()).isTrue();
        for (int i = 0; i < 7; i++) {                                    // keep it busy: only lifetime can expire it
            db.release(fresh);
            clock.advance(Duration.ofMinutes(4));
            assertThat(db.acquire(bg)).isSameAs(fresh);
        }
        db.release(fresh);
        clock.advance(Duration.ofMinutes(4));                            // 28 + 4 = 32 > 30 min old
        assertThat(db.acquire(bg)).isNotSameAs(fresh);
        assertThat(fresh.closed()).isTrue();
    }

    @Test
    @DisplayName("STD-02.04 Q: is `defer tx.Rollback()` after a successful Commit harmful? (no: it returns ErrTxDone)")
    void rollbackAfterCommitReturnsErrTxDone() {
        SqlTx tx = SqlTx.begin(db, bg);
        assertThat(tx.commit()).isNull();
        assertThat(tx.rollback()).isSameAs(SqlTx.ERR_TX_DONE);
        assertThat(db.idle()).isEqualTo(1);                              // the connection went back once
    }

    @Test
    @DisplayName("STD-02.05 Q: what does a single-row query with no result return? (ErrNoRows, matched with errors.Is)")
    void emptySingleRowQueryReturnsErrNoRows() {
        assertThatThrownBy(() -> SqlTx.queryRow(db, bg, List.of()))
                .isInstanceOfSatisfying(GoException.class, e -> assertThat(Errors.is(e, SqlTx.ERR_NO_ROWS)).isTrue());
        assertThat(SqlTx.queryRow(db, bg, List.of("ann"))).isEqualTo("ann");
    }

    @Test
    @DisplayName("STD-02.06 Q: where do iteration errors show up, and who holds the connection? (rows.Err(); rows until Close)")
    void iterationErrorsSurfaceInErrAndUnclosedRowsHoldTheConnection() {
        db.setMaxOpenConns(1);
        SqlTx.Rows rows = SqlTx.query(db, bg, List.of("a", "b", "c"), 2);
        List<String> seen = new ArrayList<>();
        while (rows.next()) seen.add(rows.scan());
        assertThat(seen).containsExactly("a", "b");
        assertThat(rows.err()).hasMessage("driver: bad connection at row 2");

        SqlTx.Rows held = SqlTx.query(db, bg, List.of("x", "y"), -1);
        held.next();                                                      // not drained, not closed
        CancelContext ctx = Context.withCancel(bg);
        Chan<Object> other = Chan.make(1);
        Go.go(() -> {
            try {
                other.send(db.acquire(ctx));
            } catch (ContextError e) {
                other.send(e);
            }
        });
        await().until(() -> db.waiting() == 1);
        held.close();
        assertThat(other.recv()).isInstanceOf(ConnPool.Conn.class);
        ctx.cancel();
    }
}
