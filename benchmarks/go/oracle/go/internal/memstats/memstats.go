// Package memstats measures what a function allocates, as `go test -benchmem` reports it:
// runtime.MemStats Mallocs (allocs/op) and TotalAlloc (B/op), averaged over runs.
package memstats

import "runtime"

// Cost is one call's allocations and bytes.
type Cost struct {
	Allocs uint64 `json:"allocs"`
	Bytes  uint64 `json:"bytes"`
}

// Measure calls f once to warm up, then runs times, and returns the average cost of a call.
// Callers turn the GC off first (debug.SetGCPercent(-1)) so that the counts are exact.
func Measure(runs int, f func()) Cost {
	f()
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	for i := 0; i < runs; i++ {
		f()
	}
	runtime.ReadMemStats(&b)
	return Cost{(b.Mallocs - a.Mallocs) / uint64(runs), (b.TotalAlloc - a.TotalAlloc) / uint64(runs)}
}
