// The runtime and sync JMH scenarios (benchmarks/src/main/java/dev/golab/bench/runtime, .../sync) as
// `go test -bench`: GoSpawnBenchmark, DeferBenchmark, BoxingBenchmark, MutexBenchmark, MutexVsChannelBenchmark, CacheLineBenchmark.
// Names repeat the JMH class without "Benchmark"; JMH @Params become sub-benchmarks (name=value).
// The mapping Go row -> JMH row, with the unit conversion, lives in the lab's GoTwins table.
package bench

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
)

// GoSpawnBenchmark.spawnJoin1M: op = spawn 10^6 goroutines (wg.Add(1) + go) and wait for all.
func BenchmarkGoSpawn(b *testing.B) {
	const n = 1_000_000
	var sink atomic.Int64
	for i := 0; i < b.N; i++ {
		var wg sync.WaitGroup
		wg.Add(n)
		for j := 0; j < n; j++ {
			go func() {
				sink.Add(1)
				wg.Done()
			}()
		}
		wg.Wait()
	}
}

var deferCounter int

// A defer inside a loop is never open-coded: each one is a heap or stack _defer record, the same
// work as golab's Func.defer. That is the scenario DeferBenchmark.func measures.
//
//go:noinline
func deferN(n int) int {
	for i := 0; i < n; i++ {
		defer func() { deferCounter++ }()
	}
	deferCounter--
	return deferCounter
}

// DeferBenchmark.func: one call of a function that defers `defers` calls.
func BenchmarkDefer(b *testing.B) {
	for _, defers := range []int{0, 1, 8} {
		b.Run(fmt.Sprintf("defers=%d", defers), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				deferN(defers)
			}
		})
	}
}

// User is BoxingBenchmark's record: 16 bytes, no pointers.
type User struct {
	ID     int64
	Age    int32
	Active bool
}

var (
	boxAnys  = make([]any, 1000)
	boxUsers = make([]User, 1000)
)

// BoxingBenchmark.fill: one op stores 1000 values into an []any (each boxed: convT64 or convT) or into
// a concrete []User (in place). Run with -benchmem: ANY_SMALL and CONCRETE 0 allocs/op, ANY_LARGE and
// ANY_STRUCT 1000.
func BenchmarkBoxing(b *testing.B) {
	fills := []struct {
		name string
		fill func()
	}{
		{"ANY_SMALL", func() {
			for j := range boxAnys {
				boxAnys[j] = int64(j % 128)
			}
		}},
		{"ANY_LARGE", func() {
			for j := range boxAnys {
				boxAnys[j] = int64(256 + j)
			}
		}},
		{"ANY_STRUCT", func() {
			for j := range boxAnys {
				boxAnys[j] = User{ID: int64(j), Age: 30, Active: true}
			}
		}},
		{"CONCRETE", func() {
			for j := range boxUsers {
				boxUsers[j] = User{ID: int64(j), Age: 30, Active: true}
			}
		}},
	}
	for _, f := range fills {
		b.Run("variant="+f.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				f.fill()
			}
		})
	}
}

// MutexBenchmark.uncontended: one Lock+Unlock, one goroutine.
func BenchmarkMutexUncontended(b *testing.B) {
	var mu sync.Mutex
	for i := 0; i < b.N; i++ {
		mu.Lock()
		mu.Unlock()
	}
}

// MutexBenchmark.contended2: Lock; counter++; Unlock from 2 goroutines sharing b.N operations.
// Go's ns/op is wall time / all operations; JMH's avgt with @Threads(2) is per thread, so the lab
// compares JMH with 2 x this number (GoTwins says so).
func BenchmarkMutexContended2(b *testing.B) {
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	for g := 0; g < 2; g++ {
		n := b.N / 2
		if g == 0 {
			n += b.N % 2
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < n; i++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if counter != b.N {
		b.Fatal("lost updates")
	}
}

// MutexVsChannelBenchmark (CONC-06.06): 2 goroutines increment one counter through a mutex, through
// an owner goroutine served over channels (request + reply), or with an atomic add.
func BenchmarkMutexVsChannel(b *testing.B) {
	b.Run("mutex", func(b *testing.B) {
		var mu sync.Mutex
		counter := int64(0)
		b.SetParallelism(1)
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				mu.Lock()
				counter++
				mu.Unlock()
			}
		})
	})
	b.Run("channel", func(b *testing.B) {
		type req struct{ reply chan int64 }
		reqs := make(chan req, 64) // the JMH owner's request channel is buffered 64
		go func() {
			counter := int64(0)
			for r := range reqs {
				counter++
				r.reply <- counter
			}
		}()
		b.SetParallelism(1)
		b.RunParallel(func(pb *testing.PB) {
			me := req{reply: make(chan int64)}
			for pb.Next() {
				reqs <- me
				<-me.reply
			}
		})
		close(reqs)
	})
	b.Run("atomic", func(b *testing.B) {
		var counter atomic.Int64
		b.SetParallelism(1)
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				counter.Add(1)
			}
		})
	})
}

// CacheLineBenchmark.roundTrip: the machine's floor under a hand-off between two cores. Two
// goroutines, each locked to its own OS thread (GOMAXPROCS=2 gives them a P each), pass one atomic
// counter back and forth by spinning: odd there, even back. One op = one round trip.
func BenchmarkCacheLineRoundTrip(b *testing.B) {
	var word atomic.Int64
	const stop = -1
	done := make(chan struct{})
	go func() {
		runtime.LockOSThread()
		defer close(done)
		for {
			w := word.Load()
			if w == stop {
				return
			}
			if w&1 == 1 {
				word.Store(w + 1)
			}
		}
	}()
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	b.ResetTimer()
	w := int64(0)
	for i := 0; i < b.N; i++ {
		word.Store(w + 1)
		for word.Load() != w+2 {
		}
		w += 2
	}
	b.StopTimer()
	word.Store(stop)
	<-done
}
