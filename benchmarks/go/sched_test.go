// The sched JMH scenarios (benchmarks/src/main/java/dev/golab/bench/sched) as `go test -bench`.
// sched.CarrierPingPongBenchmark and sched.CarrierProdConsBenchmark measure the same programs as the chan
// ones under another carrier, so their Go twins are BenchmarkChanPingPong and BenchmarkChanProdCons
// (chan_test.go); only skynet is new here.
package bench

import "testing"

// skynet: 10^6 goroutines in a 10-ary tree; each leaf sends its number, each inner node sums its ten
// children over an unbuffered channel (the classic cross-runtime benchmark).
func skynet(c chan int, num, size, div int) {
	if size == 1 {
		c <- num
		return
	}
	rc := make(chan int)
	for i := 0; i < div; i++ {
		go skynet(rc, num+i*(size/div), size/div, div)
	}
	sum := 0
	for i := 0; i < div; i++ {
		sum += <-rc
	}
	c <- sum
}

// SkynetBenchmark.skynet1M: op = the whole tree of 10^6 leaves.
func BenchmarkSkynet1M(b *testing.B) {
	for i := 0; i < b.N; i++ {
		c := make(chan int)
		go skynet(c, 0, 1_000_000, 10)
		if got := <-c; got != 499999500000 {
			b.Fatalf("skynet sum %d", got)
		}
	}
}
