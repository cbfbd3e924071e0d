// allocs records what `make([]Point, n)` and `make([]*Point, n)` plus n `&Point{}` cost in
// mallocgc calls and bytes (runtime.MemStats Mallocs and TotalAlloc per run, averaged over runs),
// for PERF-01.09. Deterministic: the GC is off while measuring, and the results escape to a sink.
package main

import (
	"runtime/debug"

	"oracle/go/internal/memstats"
	"oracle/go/internal/out"
)

type Point struct{ X, Y int }

var (
	values   []Point
	pointers []*Point
)

const n, runs = 1000, 100

func measure(f func()) memstats.Cost { return memstats.Measure(runs, f) }

func main() {
	debug.SetGCPercent(-1)
	out.JSON(map[string]any{
		"n":      n,
		"values": measure(func() { values = make([]Point, n) }),
		"pointers": measure(func() {
			p := make([]*Point, n)
			for i := range p {
				p[i] = &Point{}
			}
			pointers = p
		}),
	})
}
