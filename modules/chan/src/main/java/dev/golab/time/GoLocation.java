package dev.golab.time;

/*
 * Go behaviour:    a *time.Location names a zone. time.UTC is &utcLoc, time.Local is &localLoc, and
 *                  time.FixedZone(name, offset) returns a new Location on every call, so two zones
 *                  made alike are equal in every field yet different pointers: time.Time's == tells
 *                  them apart (STD-04.05).
 * Model:           a class compared by identity, as Go compares the pointer. Only fixed offsets.
 * Invariants:      LOC-I1 fixedZone never returns a Location it returned before.
 * Differs from Go: no tz database (LoadLocation) and no daylight-saving transitions; the lab's Local
 *                  is UTC, as Go's is on a machine with no zone configured (TZ unset, no
 *                  /etc/localtime), which is how the oracle ran.
 * See:             GoTime, GoTimeAnswersTest.
 */
public final class GoLocation {
    /** time.UTC. A GoTime in UTC stores no location (Go: setLoc turns &utcLoc into nil). */
    public static final GoLocation UTC = new GoLocation("UTC", 0);
    /** time.Local: a distinct Location, though it reads as UTC here. */
    public static final GoLocation LOCAL = new GoLocation("UTC", 0);

    private final String name;
    private final int offsetSeconds;

    private GoLocation(String name, int offsetSeconds) {
        this.name = name;
        this.offsetSeconds = offsetSeconds;
    }

    /** time.FixedZone(name, offset): a new Location each call. */
    public static GoLocation fixedZone(String name, int offsetSeconds) {
        return new GoLocation(name, offsetSeconds);
    }

    /** The zone's abbreviation, as Format's MST prints it. */
    public String name() {
        return name;
    }

    /** Seconds east of UTC. */
    public int offsetSeconds() {
        return offsetSeconds;
    }

    /** Location.String(): "Local" for time.Local, else the name. */
    @Override
    public String toString() {
        return this == LOCAL ? "Local" : name;
    }
}
