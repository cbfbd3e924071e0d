// boxing records what storing n values into an []any costs in mallocgc calls and bytes
// (runtime.MemStats Mallocs and TotalAlloc per fill, averaged over runs), against storing them
// into a concrete slice, for PERF-01.03. Deterministic: the GC is off while measuring, the slices
// are made once before measuring, and they escape to sinks.
package main

import (
	"runtime/debug"

	"oracle/go/internal/memstats"
	"oracle/go/internal/out"
)

// User is 16 bytes with no pointers: one size-16 object when boxed (too big for the tiny allocator).
type User struct {
	ID     int64
	Age    int32
	Active bool
}

// Named holds a pointer (the string): 24 bytes, scanned by the GC.
type Named struct {
	Name string
	ID   int64
}

const n, runs = 1000, 100

var (
	anys  = make([]any, n)
	users = make([]User, n)
	names = []string{"ann", "bob"}
	word  = "x"
	sinks []any
)

func measure(f func()) memstats.Cost { return memstats.Measure(runs, f) }

func main() {
	debug.SetGCPercent(-1)
	out.JSON(map[string]any{
		"n": n,
		// convT64: values below 256 point into runtime.staticuint64s, others take 8 bytes (tiny allocator)
		"int64_small": measure(func() {
			for j := range anys {
				anys[j] = int64(j % 256)
			}
		}),
		"int64_large": measure(func() {
			for j := range anys {
				anys[j] = int64(256 + j)
			}
		}),
		// convT32: the same rule, 4 bytes each
		"int32_large": measure(func() {
			for j := range anys {
				anys[j] = int32(256 + j)
			}
		}),
		// a single-byte value never allocates
		"byte": measure(func() {
			for j := range anys {
				anys[j] = byte(j)
			}
		}),
		// convTstring: the empty string boxes to a shared zero value, any other takes a 16-byte header
		"string_empty": measure(func() {
			for j := range anys {
				anys[j] = word[:0]
			}
		}),
		"string": measure(func() {
			for j := range anys {
				anys[j] = names[j&1]
			}
		}),
		// convT: a struct is copied into a new object of its size class
		"struct_noscan": measure(func() {
			for j := range anys {
				anys[j] = User{ID: int64(j), Age: 30, Active: true}
			}
		}),
		"struct_pointers": measure(func() {
			for j := range anys {
				anys[j] = Named{Name: names[j&1], ID: int64(j)}
			}
		}),
		// the concrete slice: the values are stored in place
		"concrete": measure(func() {
			for j := range users {
				users[j] = User{ID: int64(j), Age: 30, Active: true}
			}
		}),
	})
	sinks = anys
	_ = users
}
