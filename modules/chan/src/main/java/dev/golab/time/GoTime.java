package dev.golab.time;

/*
 * Go behaviour:    time.Time is a struct {wall uint64; ext int64; loc *Location} (time/time.go, Go 1.23).
 *                  A reading of time.Now carries a monotonic clock reading: wall holds a flag bit, 33 bits
 *                  of seconds since 1885 and 30 bits of nanoseconds, and ext the monotonic nanoseconds.
 *                  Any other Time has only the 30 nanosecond bits in wall and its seconds since year 1 in
 *                  ext. `t == u` compares those three fields; t.Equal(u) compares instants (by the
 *                  monotonic readings when both have one). Round(0), In, UTC and Local strip the
 *                  monotonic reading; Add keeps it; UTC is stored as a nil loc. So the same instant can
 *                  be Equal and not ==, and a map keyed by Time can hold one instant several times.
 * Model:           the same fields and encodings, and the same operations on them (method names follow
 *                  time.go: sec, nsec, stripMono, setLoc, addSec). equals() is Go's ==, equal() is Equal.
 * Invariants:      GT-I1 equals implies equal. GT-I2 a value without a monotonic reading never gains one.
 *                  GT-I3 In, UTC, Local and Round(0) change the Location at most, never the instant.
 * Differs from Go: only fixed-offset zones (GoLocation); the monotonic reading is the clock's nanoTime()
 *                  (Go's counts from process start); String formats years 0..9999 only.
 * See:             GoTimeAnswersTest (STD-04.05, against benchmarks/go/oracle/go/timeequal), GoLocation.
 */
import dev.golab.runtime.Clock;
import dev.golab.runtime.GoPanic;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

public final class GoTime {
    static final long HAS_MONOTONIC = 1L << 63;
    static final long NSEC_MASK = (1L << 30) - 1;
    static final int NSEC_SHIFT = 30;
    private static final long SECONDS_PER_DAY = 86_400;
    /** Seconds from year 1 (Go's internal epoch) to 1885, where wall's 33-bit seconds start. */
    static final long WALL_TO_INTERNAL = (1884L * 365 + 1884 / 4 - 1884 / 100 + 1884 / 400) * SECONDS_PER_DAY;
    /** Seconds from year 1 to 1970. */
    static final long UNIX_TO_INTERNAL = (1969L * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * SECONDS_PER_DAY;
    private static final long MIN_WALL = WALL_TO_INTERNAL;
    private static final long NANOS = 1_000_000_000L;

    private final long wall;
    private final long ext;
    private final GoLocation loc;               // null: UTC (setLoc stores &utcLoc as nil)

    private GoTime(long wall, long ext, GoLocation loc) {
        this.wall = wall;
        this.ext = ext;
        this.loc = loc;
    }

    /** time.Now() on the current goroutine's clock. */
    public static GoTime now() {
        return now(Clock.current());
    }

    /** time.Now() on {@code clock}: its wall time in Local, with its monotonic reading. */
    public static GoTime now(Clock clock) {
        Instant i = clock.now();
        long mono = clock.nanoTime();
        long sec = i.getEpochSecond() + UNIX_TO_INTERNAL - MIN_WALL;
        long nsec = i.getNano();
        if ((sec >>> 33) != 0) return new GoTime(nsec, sec + MIN_WALL, GoLocation.LOCAL);   // after 2157: wall only
        return new GoTime(HAS_MONOTONIC | sec << NSEC_SHIFT | nsec, mono, GoLocation.LOCAL);
    }

    /** time.Date: out-of-range fields are normalised (month 14 is February of the next year). */
    public static GoTime date(int year, int month, int day, int hour, int min, int sec, long nsec, GoLocation loc) {
        if (loc == null) throw new GoPanic("time: missing Location in call to Date");
        LocalDateTime local = LocalDateTime.of(year, 1, 1, 0, 0).plusMonths(month - 1L).plusDays(day - 1L)
                .plusHours(hour).plusMinutes(min).plusSeconds(sec).plusNanos(nsec);
        long unix = local.toEpochSecond(ZoneOffset.UTC) - loc.offsetSeconds();
        return new GoTime(local.getNano(), unix + UNIX_TO_INTERNAL, null).setLoc(loc);   // unixTime, setLoc
    }

    long sec() {
        return (wall & HAS_MONOTONIC) != 0 ? WALL_TO_INTERNAL + (wall << 1 >>> (NSEC_SHIFT + 1)) : ext;
    }

    int nsec() {
        return (int) (wall & NSEC_MASK);
    }

    /** True when this value carries a monotonic clock reading (String shows it as m=±…). */
    public boolean hasMonotonic() {
        return (wall & HAS_MONOTONIC) != 0;
    }

    private GoTime stripMono() {
        return hasMonotonic() ? new GoTime(wall & NSEC_MASK, sec(), loc) : this;
    }

    private GoTime setLoc(GoLocation l) {
        GoTime t = stripMono();
        return new GoTime(t.wall, t.ext, l == GoLocation.UTC ? null : l);
    }

    /** t.In(loc): the same instant shown in loc, without its monotonic reading; nil panics. */
    public GoTime in(GoLocation l) {
        if (l == null) throw new GoPanic("time: missing Location in call to Time.In");
        return setLoc(l);
    }

    /** t.UTC(). */
    public GoTime utc() {
        return setLoc(GoLocation.UTC);
    }

    /** t.Local(). */
    public GoTime local() {
        return setLoc(GoLocation.LOCAL);
    }

    /** The Location (time.UTC for the nil loc, as Go's Location() reports). */
    public GoLocation location() {
        return loc == null ? GoLocation.UTC : loc;
    }

    /** t.Equal(u): the same instant; by the monotonic readings when both carry one. */
    public boolean equal(GoTime u) {
        if ((wall & u.wall & HAS_MONOTONIC) != 0) return ext == u.ext;
        return sec() == u.sec() && nsec() == u.nsec();
    }

    /** t.Before(u). */
    public boolean before(GoTime u) {
        if ((wall & u.wall & HAS_MONOTONIC) != 0) return ext < u.ext;
        return sec() < u.sec() || sec() == u.sec() && nsec() < u.nsec();
    }

    /** Go's {@code t == u}: wall, ext and the Location pointer all equal. Also how a Go map keys a Time. */
    @Override
    public boolean equals(Object o) {
        return o instanceof GoTime u && wall == u.wall && ext == u.ext && loc == u.loc;
    }

    @Override
    public int hashCode() {
        return (Long.hashCode(wall) * 31 + Long.hashCode(ext)) * 31 + System.identityHashCode(loc);
    }

    /** t.Add(d): d saturates to Go's int64 nanoseconds; the monotonic reading moves with it. */
    public GoTime add(Duration d) {
        long dn = Clock.saturatingNanos(d);
        long dsec = dn / NANOS;
        long nsec = nsec() + dn % NANOS;
        if (nsec >= NANOS) {
            dsec++;
            nsec -= NANOS;
        } else if (nsec < 0) {
            dsec--;
            nsec += NANOS;
        }
        GoTime t = new GoTime(wall & ~NSEC_MASK | nsec, ext, loc).addSec(dsec);
        if (!t.hasMonotonic()) return t;
        long te = t.ext + dn;
        if (dn < 0 && te > t.ext || dn > 0 && te < t.ext) return t.stripMono();   // out of range: wall only
        return new GoTime(t.wall, te, t.loc);
    }

    private GoTime addSec(long d) {
        if (hasMonotonic()) {
            long dsec = (wall << 1 >>> (NSEC_SHIFT + 1)) + d;
            if (0 <= dsec && dsec <= (1L << 33) - 1) {
                return new GoTime(wall & NSEC_MASK | dsec << NSEC_SHIFT | HAS_MONOTONIC, ext, loc);
            }
            return stripMono().addSec(d);
        }
        long sum = ext + d;
        if ((sum > ext) == (d > 0)) return new GoTime(wall, sum, loc);
        return new GoTime(wall, d > 0 ? Long.MAX_VALUE : -Long.MAX_VALUE, loc);
    }

    /** t.Sub(u), saturated to Go's Duration range; by the monotonic readings when both carry one. */
    public Duration sub(GoTime u) {
        if ((wall & u.wall & HAS_MONOTONIC) != 0) {
            long d = ext - u.ext;
            if (d < 0 && ext > u.ext) return Duration.ofNanos(Long.MAX_VALUE);
            if (d > 0 && ext < u.ext) return Duration.ofNanos(Long.MIN_VALUE);
            return Duration.ofNanos(d);
        }
        BigInteger d = BigInteger.valueOf(sec() - u.sec()).multiply(BigInteger.valueOf(NANOS)).add(BigInteger.valueOf(nsec() - u.nsec()));
        if (d.bitLength() < 64) return Duration.ofNanos(d.longValueExact());
        return Duration.ofNanos(before(u) ? Long.MIN_VALUE : Long.MAX_VALUE);
    }

    /** t.Round(d): strips the monotonic reading; for d > 0 rounds half up from the zero Time. */
    public GoTime round(Duration d) {
        GoTime t = stripMono();
        long dn = Clock.saturatingNanos(d);
        if (dn <= 0) return t;
        long r = BigInteger.valueOf(t.sec()).multiply(BigInteger.valueOf(NANOS)).add(BigInteger.valueOf(t.nsec()))
                .mod(BigInteger.valueOf(dn)).longValueExact();
        boolean lessThanHalf = Long.compareUnsigned(r + r, dn) < 0;
        return t.add(Duration.ofNanos(lessThanHalf ? -r : dn - r));
    }

    /** Go's String(): "2006-01-02 15:04:05.999999999 -0700 MST", then " m=±s.nnnnnnnnn" if monotonic. */
    @Override
    public String toString() {
        GoLocation l = location();
        int off = l.offsetSeconds();
        LocalDateTime ldt = LocalDateTime.ofEpochSecond(sec() - UNIX_TO_INTERNAL, nsec(), ZoneOffset.ofTotalSeconds(off));
        StringBuilder b = new StringBuilder(String.format("%04d-%02d-%02d %02d:%02d:%02d", ldt.getYear(),
                ldt.getMonthValue(), ldt.getDayOfMonth(), ldt.getHour(), ldt.getMinute(), ldt.getSecond()));
        if (nsec() != 0) b.append('.').append(String.format("%09d", nsec()).replaceFirst("0+$", ""));
        int abs = Math.abs(off);
        b.append(String.format(" %c%02d%02d %s", off < 0 ? '-' : '+', abs / 3600, abs / 60 % 60, l.name()));
        if (hasMonotonic()) {
            long m = ext < 0 ? -ext : ext;                      // |ext| as an unsigned number, as Go's uint64
            b.append(" m=").append(ext < 0 ? '-' : '+').append(Long.divideUnsigned(m, NANOS))
                    .append('.').append(String.format("%09d", Long.remainderUnsigned(m, NANOS)));
        }
        return b.toString();
    }
}
