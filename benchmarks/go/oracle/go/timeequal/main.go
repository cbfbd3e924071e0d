// timeequal records how time.Time's == differs from Equal (STD-04.05): == compares the struct's
// fields (the wall word, the monotonic reading or full seconds, and the *Location pointer), Equal
// compares instants. Deterministic: the results are booleans and formatted fixed dates; readings of
// time.Now only show whether a monotonic part (" m=+...") is present. Run with TZ unset (Local = UTC).
package main

import (
	"strings"
	"time"

	"oracle/go/internal/out"
)

type pair struct {
	Same  bool `json:"same"`  // ==
	Equal bool `json:"equal"` // Equal
}

func cmp(a, b time.Time) pair { return pair{a == b, a.Equal(b)} }

func main() {
	now := time.Now()
	cet1 := time.FixedZone("CET", 3600)
	cet2 := time.FixedZone("CET", 3600)
	noon := time.Date(2024, 3, 10, 12, 0, 0, 0, time.UTC)
	keys := map[time.Time]int{now: 1, now.Round(0): 2, now.UTC(): 3}
	out.JSON(map[string]any{
		"now_copy":                 cmp(now, now),
		"now_round0":               cmp(now.Round(0), now),
		"now_utc":                  cmp(now.UTC(), now),
		"now_add0":                 cmp(now.Add(0), now),
		"now_round0_vs_utc":        cmp(now.Round(0), now.UTC().Round(0)),
		"date_twice":               cmp(noon, time.Date(2024, 3, 10, 12, 0, 0, 0, time.UTC)),
		"date_in_cet":              cmp(noon.In(cet1), noon),
		"date_in_two_cet_zones":    cmp(noon.In(cet1), noon.In(cet2)),
		"date_in_same_cet_zone":    cmp(noon.In(cet1), noon.In(cet1)),
		"date_built_in_cet":        cmp(time.Date(2024, 3, 10, 13, 0, 0, 0, cet1), noon.In(cet1)),
		"date_utc_loaded":          cmp(noon, noon.In(time.UTC)),
		"map_keys_for_one_instant": len(keys),
		"now_has_monotonic":        strings.Contains(now.String(), " m=+"),
		"round0_has_monotonic":     strings.Contains(now.Round(0).String(), " m="),
		"add_keeps_monotonic":      strings.Contains(now.Add(time.Hour).String(), " m=+"),
		"sub_monotonic":            now.Add(1500 * time.Millisecond).Sub(now).String(),
		"noon":                     noon.String(),
		"noon_cet":                 noon.In(cet1).String(),
		"noon_nanos":               time.Date(2024, 3, 10, 12, 0, 0, 500, time.UTC).String(),
		"round_second":             time.Date(2024, 3, 10, 12, 0, 0, 600_000_000, time.UTC).Round(time.Second).String(),
		"round_second_half_down":   time.Date(2024, 3, 10, 12, 0, 0, 499_999_999, time.UTC).Round(time.Second).String(),
		"normalised":               time.Date(2024, 14, 32, 25, 61, 61, 0, time.UTC).String(),
	})
}
