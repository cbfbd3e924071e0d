package dev.golab.xsync.patterns;

/*
 * Go behaviour:    database/sql's Tx, Row and Rows contracts (sql.go, Go 1.23): Commit or Rollback
 *                  ends a Tx and releases its connection; any later Commit/Rollback returns ErrTxDone,
 *                  so `defer tx.Rollback()` after a successful Commit is harmless. QueryRow on an empty
 *                  result reports ErrNoRows from Scan. Rows hold their connection until Close (or until
 *                  Next returns false); an iteration error surfaces from rows.Err() after the loop.
 * Model:           thin objects over ConnPool: each holds one Conn and releases it exactly once.
 * Invariants:      TX-I1 a Conn is released once per Tx/Rows. TX-I2 Commit/Rollback after done → ErrTxDone.
 * Differs from Go: no driver, no SQL: a query's "result" is a list of strings given by the caller, and an
 *                  iteration error is injected at a row index.
 * See:             ConnPoolAnswersTest (STD-02.04-06).
 */
import dev.golab.context.Context;
import dev.golab.xsync.GoException;
import java.util.List;

public final class SqlTx {
    /** sql.ErrTxDone. */
    public static final GoException ERR_TX_DONE = new GoException("sql: transaction has already been committed or rolled back");
    /** sql.ErrNoRows. */
    public static final GoException ERR_NO_ROWS = new GoException("sql: no rows in result set");

    private final ConnPool pool;
    private ConnPool.Conn conn;

    private SqlTx(ConnPool pool, ConnPool.Conn conn) {
        this.pool = pool;
        this.conn = conn;
    }

    /** db.BeginTx(ctx, nil). */
    public static SqlTx begin(ConnPool pool, Context ctx) {
        return new SqlTx(pool, pool.acquire(ctx));
    }

    /** tx.Commit(): null, or ErrTxDone if already ended. */
    public synchronized Throwable commit() {
        return end();
    }

    /** tx.Rollback(): null, or ErrTxDone if already ended. */
    public synchronized Throwable rollback() {
        return end();
    }

    private Throwable end() {
        if (conn == null) return ERR_TX_DONE;
        pool.release(conn);
        conn = null;
        return null;
    }

    /** db.QueryRowContext(...).Scan(&v): the first row, or ErrNoRows (thrown, as Scan returns it). */
    public static String queryRow(ConnPool pool, Context ctx, List<String> result) {
        ConnPool.Conn c = pool.acquire(ctx);
        try {
            if (result.isEmpty()) throw ERR_NO_ROWS;
            return result.getFirst();
        } finally {
            pool.release(c);
        }
    }

    /** db.QueryContext: Rows over result; failAt >= 0 makes Next fail at that row (rows.Err()). */
    public static Rows query(ConnPool pool, Context ctx, List<String> result, int failAt) {
        return new Rows(pool, pool.acquire(ctx), result, failAt);
    }

    /** sql.Rows. */
    public static final class Rows {
        private final ConnPool pool;
        private final List<String> result;
        private final int failAt;
        private ConnPool.Conn conn;
        private int next;
        private String current;
        private Throwable err;

        Rows(ConnPool pool, ConnPool.Conn conn, List<String> result, int failAt) {
            this.pool = pool;
            this.conn = conn;
            this.result = result;
            this.failAt = failAt;
        }

        /** rows.Next(): false at the end or on error — and then the connection is released. */
        public boolean next() {
            if (conn == null) return false;
            if (next == failAt) err = new GoException("driver: bad connection at row " + next);
            if (err != null || next >= result.size()) {
                close();
                return false;
            }
            current = result.get(next++);
            return true;
        }

        public String scan() {
            return current;
        }

        /** rows.Err(): the error that ended the iteration, if any. */
        public Throwable err() {
            return err;
        }

        /** rows.Close(): releases the connection (idempotent). */
        public void close() {
            if (conn != null) {
                pool.release(conn);
                conn = null;
            }
        }
    }
}
