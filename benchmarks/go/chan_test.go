// The chan JMH scenarios (benchmarks/src/main/java/dev/golab/bench/chan) as `go test -bench`, so Go
// and the lab can be measured on the same box in the same session:
//
//	GOMAXPROCS=2 go test -run '^$' -bench 'Chan|Select' -benchmem -count 3 ./benchmarks/go
//
// One op matches the Java side: one value (Sync, ProdCons), one round trip (PingPong), one select
// (+ refill send) (SelectUncontended), one round trip of blocking selects (SelectPingPong), one make +
// close (ChanClose).
package bench

import (
	"fmt"
	"sync"
	"testing"
)

// ChanSyncBenchmark.oneWay: one value over an unbuffered channel, producer and consumer goroutines.
func BenchmarkChanSync(b *testing.B) {
	c := make(chan int)
	done := make(chan struct{})
	go func() {
		for i := 0; i < b.N; i++ {
			<-c
		}
		close(done)
	}()
	for i := 0; i < b.N; i++ {
		c <- i
	}
	<-done
}

// ChanPingPongBenchmark.roundTrip.
func BenchmarkChanPingPong(b *testing.B) {
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v
		}
	}()
	for i := 0; i < b.N; i++ {
		ping <- i
		<-pong
	}
	close(ping)
}

// ChanProdConsBenchmark.prodCons: cap 0/16/1024, 1x1 and 4x4.
func BenchmarkChanProdCons(b *testing.B) {
	for _, capacity := range []int{0, 16, 1024} {
		for _, workers := range []int{1, 4} {
			b.Run(fmt.Sprintf("cap=%d/workers=%d", capacity, workers), func(b *testing.B) {
				c := make(chan int, capacity)
				var wg sync.WaitGroup
				per := b.N / workers
				for w := 0; w < workers; w++ {
					wg.Add(2)
					go func() {
						defer wg.Done()
						for i := 0; i < per; i++ {
							c <- i
						}
					}()
					go func() {
						defer wg.Done()
						for i := 0; i < per; i++ {
							<-c
						}
					}()
				}
				wg.Wait()
			})
		}
	}
}

// SelectUncontendedBenchmark.twoReadyBufferedRefill.
func BenchmarkSelectUncontendedRefill(b *testing.B) {
	c1, c2 := make(chan int, 1), make(chan int, 1)
	c1 <- 1
	c2 <- 2
	for i := 0; i < b.N; i++ {
		select {
		case v := <-c1:
			c1 <- v
		case v := <-c2:
			c2 <- v
		}
	}
}

// SelectUncontendedBenchmark.twoReadyClosed.
func BenchmarkSelectUncontendedClosed(b *testing.B) {
	c1, c2 := make(chan int), make(chan int)
	close(c1)
	close(c2)
	n1 := 0
	for i := 0; i < b.N; i++ {
		select {
		case <-c1:
			n1++
		case <-c2:
		}
	}
}

var sink chan int

// ChanCloseBenchmark.makeAndClose.
func BenchmarkChanClose(b *testing.B) {
	for i := 0; i < b.N; i++ {
		c := make(chan int)
		close(c)
		sink = c
	}
}

// SelectPingPongBenchmark.roundTrip: a ping-pong whose receives are blocking two-case selects (the
// value's channel and a quit channel that never fires until the end), as a worker loop waits.
func BenchmarkSelectPingPong(b *testing.B) {
	ping, pong, quit := make(chan int), make(chan int), make(chan struct{})
	go func() {
		for {
			select {
			case v := <-ping:
				pong <- v
			case <-quit:
				return
			}
		}
	}()
	for i := 0; i < b.N; i++ {
		ping <- i
		select {
		case <-pong:
		case <-quit:
		}
	}
	close(quit)
}
