// Command timeedges records how Go 1.23 behaves at time's edges: timers of the largest Duration,
// Stop/Reset results, and the Stop-then-drain idiom on timers that already fired. Its JSON output is
// modules/chan/src/test/resources/oracle/time.json (see that directory's README).
package main

import (
	"context"
	"encoding/json"
	"math"
	"os"
	"time"
)

func main() {
	out := map[string]any{}
	const maxD = time.Duration(math.MaxInt64)

	t := time.NewTimer(maxD)
	select {
	case <-t.C:
		out["max_timer_fired_within_20ms"] = true
	case <-time.After(20 * time.Millisecond):
		out["max_timer_fired_within_20ms"] = false
	}
	out["max_timer_stop"] = t.Stop()
	out["max_timer_stop_again"] = t.Stop()
	out["max_timer_reset_after_stop"] = t.Reset(maxD)

	fired := false
	af := time.AfterFunc(maxD, func() { fired = true })
	time.Sleep(20 * time.Millisecond)
	out["max_afterfunc_fired"] = fired
	out["max_afterfunc_stop"] = af.Stop()

	select {
	case <-time.After(maxD):
		out["max_after_fired_within_20ms"] = true
	case <-time.After(20 * time.Millisecond):
		out["max_after_fired_within_20ms"] = false
	}

	ctx, cancel := context.WithTimeout(context.Background(), maxD)
	dl, ok := ctx.Deadline()
	out["max_timeout_has_deadline"] = ok
	out["max_timeout_deadline_after_now"] = dl.After(time.Now())
	select {
	case <-ctx.Done():
		out["max_timeout_done_within_20ms"] = true
	case <-time.After(20 * time.Millisecond):
		out["max_timeout_done_within_20ms"] = false
	}
	cancel()
	out["max_timeout_err_after_cancel"] = ctx.Err().Error()

	tk := time.NewTicker(maxD)
	select {
	case <-tk.C:
		out["max_ticker_ticked_within_20ms"] = true
	case <-time.After(20 * time.Millisecond):
		out["max_ticker_ticked_within_20ms"] = false
	}
	tk.Stop()

	out["max_duration_string"] = maxD.String()
	out["min_duration_string"] = time.Duration(math.MinInt64).String()

	// A timer that fired but was not received: Go 1.23 Stop reports true (the value is discarded).
	z := time.NewTimer(0)
	time.Sleep(5 * time.Millisecond)
	out["fired_unreceived_stop"] = z.Stop()
	select {
	case <-z.C:
		out["fired_unreceived_value_after_stop"] = true
	default:
		out["fired_unreceived_value_after_stop"] = false
	}
	// Received, then Stop: false; the drain idiom must not be used (it would block) — Go 1.23 keeps it safe
	// only because Stop returned false after the value was taken.
	r := time.NewTimer(0)
	<-r.C
	out["received_stop"] = r.Stop()
	out["negative_timer_fires_at_once"] = func() bool {
		n := time.NewTimer(-time.Hour)
		select {
		case <-n.C:
			return true
		case <-time.After(time.Second):
			return false
		}
	}()
	// 100000 zero-duration timers, each stopped or reset at once, then the idiom `if !t.Stop() { <-t.C }`.
	hung := 0
	for i := 0; i < 100000; i++ {
		tt := time.NewTimer(0)
		if i%2 == 0 {
			tt.Reset(0)
		}
		if !tt.Stop() {
			select {
			case <-tt.C:
			case <-time.After(time.Second):
				hung++
			}
		}
	}
	out["stop_drain_idiom_hangs_of_100000"] = hung

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.Encode(out)
}
