package dev.golab.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.golab.runtime.GoPanic;
import dev.golab.runtime.VirtualClock;
import dev.golab.testkit.Oracle;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * STD-04.05: time.Time's == against Equal. oracle/timeequal.json is the output of
 * benchmarks/go/oracle/go/timeequal (go1.23.5 linux/amd64, TZ unset); each case compares GoTime's
 * equals (Go's ==) and equal (Equal) with Go's two answers. Readings of Now come from a VirtualClock.
 */
@DisplayName("STD-04.05 time.Time: == compares wall, monotonic reading and Location; Equal compares instants")
class GoTimeAnswersTest {
    static final Map<String, Object> GO = Oracle.object("timeequal.json");
    static final GoTime NOON = GoTime.date(2024, 3, 10, 12, 0, 0, 0, GoLocation.UTC);

    private static void matchesGo(String goCase, GoTime a, GoTime b) {
        assertThat(a.equals(b)).as(goCase + ": ==").isEqualTo(Oracle.<Boolean>at(GO, goCase, "same"));
        assertThat(a.equal(b)).as(goCase + ": Equal").isEqualTo(Oracle.<Boolean>at(GO, goCase, "equal"));
    }

    @Test
    @DisplayName("STD-04.05 Q: is t.Round(0) == t, or t.UTC() == t, for t := time.Now()? (no, though both are Equal: they drop the monotonic reading, and UTC also the Location; t.Add(0) == t stays true)")
    void nowDiffersFromItsRound0AndItsUtcButIsEqualToBoth() {
        VirtualClock clock = new VirtualClock();
        clock.advance(Duration.ofMillis(1234));
        GoTime now = GoTime.now(clock);
        matchesGo("now_copy", now, now);
        matchesGo("now_round0", now.round(Duration.ZERO), now);
        matchesGo("now_utc", now.utc(), now);
        matchesGo("now_add0", now.add(Duration.ZERO), now);
        matchesGo("now_round0_vs_utc", now.round(Duration.ZERO), now.utc().round(Duration.ZERO));
        assertThat(now.toString().contains(" m=+")).isEqualTo(Oracle.<Boolean>at(GO, "now_has_monotonic")).isTrue();
        assertThat(now.round(Duration.ZERO).toString().contains(" m=")).isEqualTo(Oracle.<Boolean>at(GO, "round0_has_monotonic")).isFalse();
        assertThat(now.add(Duration.ofHours(1)).toString().contains(" m=+")).isEqualTo(Oracle.<Boolean>at(GO, "add_keeps_monotonic")).isTrue();
        assertThat(Oracle.<String>at(GO, "sub_monotonic")).isEqualTo("1.5s");
        assertThat(now.add(Duration.ofMillis(1500)).sub(now)).isEqualTo(Duration.ofMillis(1500));
    }

    @Test
    @DisplayName("STD-04.05 Q: is noon UTC == the same noon shown in CET? (no, but Equal; and two FixedZone(\"CET\", 3600) are different Locations, so even the two CET views are not ==)")
    void theSameInstantInAnotherZoneIsEqualButNotSame() {
        GoLocation cet1 = GoLocation.fixedZone("CET", 3600);
        GoLocation cet2 = GoLocation.fixedZone("CET", 3600);
        matchesGo("date_twice", NOON, GoTime.date(2024, 3, 10, 12, 0, 0, 0, GoLocation.UTC));
        matchesGo("date_in_cet", NOON.in(cet1), NOON);
        matchesGo("date_in_two_cet_zones", NOON.in(cet1), NOON.in(cet2));
        matchesGo("date_in_same_cet_zone", NOON.in(cet1), NOON.in(cet1));
        matchesGo("date_built_in_cet", GoTime.date(2024, 3, 10, 13, 0, 0, 0, cet1), NOON.in(cet1));
        matchesGo("date_utc_loaded", NOON, NOON.in(GoLocation.UTC));
    }

    @Test
    @DisplayName("STD-04.05 Q: how many keys does map[time.Time]int get from t, t.Round(0) and t.UTC()? (3: map keys use ==, so one instant is three keys)")
    void aMapKeyedByTimeHoldsOneInstantThreeTimes() {
        GoTime now = GoTime.now(new VirtualClock());
        Map<GoTime, Integer> keys = new HashMap<>();
        keys.put(now, 1);
        keys.put(now.round(Duration.ZERO), 2);
        keys.put(now.utc(), 3);
        assertThat(keys).hasSize(Oracle.<Number>at(GO, "map_keys_for_one_instant").intValue()).hasSize(3);
    }

    @Test
    @DisplayName("STD-04.05 Q: what do Date, In, Round(time.Second) and String print? (Go's text exactly: normalised fields, the zone's offset and name, trailing zeros of the fraction dropped)")
    void stringMatchesGoForDatesZonesRoundingAndNormalisation() {
        assertThat(NOON).hasToString(Oracle.<String>at(GO, "noon"));
        assertThat(NOON.in(GoLocation.fixedZone("CET", 3600))).hasToString(Oracle.<String>at(GO, "noon_cet"));
        assertThat(GoTime.date(2024, 3, 10, 12, 0, 0, 500, GoLocation.UTC)).hasToString(Oracle.<String>at(GO, "noon_nanos"));
        assertThat(GoTime.date(2024, 3, 10, 12, 0, 0, 600_000_000, GoLocation.UTC).round(Duration.ofSeconds(1)))
                .hasToString(Oracle.<String>at(GO, "round_second"));
        assertThat(GoTime.date(2024, 3, 10, 12, 0, 0, 499_999_999, GoLocation.UTC).round(Duration.ofSeconds(1)))
                .hasToString(Oracle.<String>at(GO, "round_second_half_down"));
        assertThat(GoTime.date(2024, 14, 32, 25, 61, 61, 0, GoLocation.UTC)).hasToString(Oracle.<String>at(GO, "normalised"));
        assertThatThrownBy(() -> GoTime.date(2024, 1, 1, 0, 0, 0, 0, null)).isInstanceOf(GoPanic.class)
                .hasMessageContaining("time: missing Location in call to Date");
        assertThatThrownBy(() -> NOON.in(null)).isInstanceOf(GoPanic.class)
                .hasMessageContaining("time: missing Location in call to Time.In");
    }

    @Test
    @DisplayName("STD-04.05 prop: Equal agrees with java.time's instant comparison; == implies Equal; In, UTC and Round(0) keep the instant (GT-I1, GT-I3)")
    void equalIsInstantEqualityAndEveryViewKeepsTheInstant() {
        qt().withFixedSeed(20261207L).withExamples(400)
                .forAll(longs().between(-2_000_000_000L, 4_000_000_000L), integers().between(0, 999_999_999),
                        integers().between(-12 * 3600, 14 * 3600), integers().between(-3, 3))
                .checkAssert((unix, nanos, offset, deltaSec) -> {
                    GoLocation zone = GoLocation.fixedZone("Z", offset);
                    GoTime t = at(unix, nanos, zone);
                    GoTime u = at(unix + deltaSec, nanos, GoLocation.UTC);
                    boolean sameInstant = Instant.ofEpochSecond(unix, nanos).equals(Instant.ofEpochSecond(unix + deltaSec, nanos));
                    assertThat(t.equal(u)).isEqualTo(sameInstant);
                    if (t.equals(u)) assertThat(t.equal(u)).isTrue();
                    assertThat(t.utc().equal(t)).isTrue();
                    assertThat(t.in(GoLocation.fixedZone("W", -offset)).equal(t)).isTrue();
                    assertThat(t.round(Duration.ZERO)).isEqualTo(t);      // no monotonic reading to drop
                    assertThat(t.utc().sub(u)).isEqualTo(Duration.ofSeconds(-deltaSec));
                });
    }

    /** time.Unix(unix, nanos).In(zone), built through Date in the zone's local fields. */
    private static GoTime at(long unix, int nanos, GoLocation zone) {
        LocalDateTime local = LocalDateTime.ofEpochSecond(unix, nanos, ZoneOffset.ofTotalSeconds(zone.offsetSeconds()));
        return GoTime.date(local.getYear(), local.getMonthValue(), local.getDayOfMonth(), local.getHour(),
                local.getMinute(), local.getSecond(), local.getNano(), zone);
    }
}
