// Package bench: Go counterparts of benchmarks/src/main/java/dev/golab/bench/xsync (ContextBenchmark,
// SingleFlightBenchmark, LimiterBenchmark, ErrGroupBenchmark), same scenarios and names. Needs
// golang.org/x/sync and golang.org/x/time, vendored under vendor/ (v0.9.0). Run:
//
//	GOMAXPROCS=2 go test -run '^$' -bench 'Context|SingleFlight|Limiter|ErrGroup' -benchtime=1s -count=3 -benchmem .
//
// x/sync and x/time are vendored (vendor/, v0.9.0 with their BSD licence), so this builds offline.
package bench

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"

	"golang.org/x/sync/errgroup"
	"golang.org/x/sync/singleflight"
	"golang.org/x/time/rate"
)

// ns/op = ctx, cancel := context.WithCancel(parent); cancel() under a long-lived parent.
func BenchmarkContextWithCancelThenCancel(b *testing.B) {
	parent, pcancel := context.WithCancel(context.Background())
	defer pcancel()
	for i := 0; i < b.N; i++ {
		_, cancel := context.WithCancel(parent)
		cancel()
	}
}

// ns/op = one `select { case <-ctx.Done(): default: }` on a live context.
func BenchmarkContextDoneCheckSelectDefault(b *testing.B) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	n := 0
	for i := 0; i < b.N; i++ {
		select {
		case <-ctx.Done():
			n++
		default:
		}
	}
	_ = n
}

// ns/op = one ctx.Err() != nil check.
func BenchmarkContextErrCheck(b *testing.B) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	n := 0
	for i := 0; i < b.N; i++ {
		if ctx.Err() != nil {
			n++
		}
	}
	_ = n
}

var errSpin = errors.New("spin returned 0")

// spin is the tasks' own work; GoWork.spin (benchmarks/src/main/java/dev/golab/bench/common) is the
// same loop in Java.
func spin(n int) int {
	x := 0
	for i := 0; i < n; i++ {
		x += i ^ (x >> 3)
	}
	return x
}

// ns/op = one herd: N goroutines Do() the same key at once (the loader runs spin(20000), as GoWork.spin does in JMH).
func BenchmarkSingleFlightHerd(b *testing.B) {
	for _, callers := range []int{1, 100, 10000} {
		b.Run(fmt.Sprintf("callers=%d", callers), func(b *testing.B) {
			var g singleflight.Group
			for i := 0; i < b.N; i++ {
				var start, done sync.WaitGroup
				start.Add(1)
				done.Add(callers)
				for c := 0; c < callers; c++ {
					go func() {
						defer done.Done()
						start.Wait()
						g.Do("user:42", func() (any, error) { return spin(20000), nil })
					}()
				}
				start.Done()
				done.Wait()
			}
		})
	}
}

// ns/op = one Allow() on a limiter that never runs dry, uncontended and from 2 goroutines.
func BenchmarkLimiterAllowUncontended(b *testing.B) {
	lim := rate.NewLimiter(1e9, 1_000_000)
	for i := 0; i < b.N; i++ {
		lim.Allow()
	}
}

func BenchmarkLimiterAllowContended2(b *testing.B) {
	lim := rate.NewLimiter(1e9, 1_000_000)
	b.SetParallelism(1) // GOMAXPROCS=2 → 2 goroutines
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			lim.Allow()
		}
	})
}

// ns/op = one fan-out of N tasks (each runs spin(200), as GoWork.spin does in JMH) and Wait.
func BenchmarkErrGroup(b *testing.B) {
	for _, tasks := range []int{10, 1000} {
		b.Run(fmt.Sprintf("tasks=%d", tasks), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				var g errgroup.Group
				for t := 0; t < tasks; t++ {
					g.Go(func() error {
						if spin(200) == 0 { // uses the result, as the JMH task does (GoWork)
							return errSpin
						}
						return nil
					})
				}
				_ = g.Wait()
			}
		})
	}
}
