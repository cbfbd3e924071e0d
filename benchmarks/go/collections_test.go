// The collections JMH scenarios (benchmarks/src/main/java/dev/golab/bench/collections) as
// `go test -bench`: AppendBenchmark, MapBenchmark, StringConcatBenchmark. Go's op is the whole loop
// (10^6 appends, inserts, lookups); JMH's is one element (@OperationsPerInvocation), so the lab
// divides Go's ns/op by 10^6 (GoTwins).
package bench

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

const million = 1_000_000

var sinkSlice []int
var sinkInt int
var sinkString string

// AppendBenchmark.append1e6Ints: append 10^6 ints one at a time to a nil []int (Go 1.23 growslice).
func BenchmarkAppend1e6Ints(b *testing.B) {
	for i := 0; i < b.N; i++ {
		var s []int
		for j := 0; j < million; j++ {
			s = append(s, j)
		}
		sinkSlice = s
	}
}

// MapBenchmark.mapInsert1e6: insert keys 0..10^6-1 into an empty (not presized) map[int]int.
func BenchmarkMapInsert1e6(b *testing.B) {
	for i := 0; i < b.N; i++ {
		m := map[int]int{}
		for j := 0; j < million; j++ {
			m[j] = j
		}
		sinkInt += len(m)
	}
}

// MapBenchmark.mapLookup1e6: look up all 10^6 keys of a prebuilt map, in insertion order
// (SEQUENTIAL, Go's own benchmark) or a fixed permutation (SHUFFLED).
func BenchmarkMapLookup1e6(b *testing.B) {
	m := make(map[int]int)
	for j := 0; j < million; j++ {
		m[j] = j
	}
	for _, order := range []string{"SEQUENTIAL", "SHUFFLED"} {
		keys := make([]int, million)
		for j := range keys {
			keys[j] = j
		}
		if order == "SHUFFLED" {
			rand.New(rand.NewSource(42)).Shuffle(len(keys), func(i, j int) { keys[i], keys[j] = keys[j], keys[i] })
		}
		b.Run("order="+order, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				s := 0
				for _, k := range keys {
					s += m[k]
				}
				sinkInt += s
			}
		})
	}
}

const piece = "0123456789"

// StringConcatBenchmark.concat: n pieces of 10 bytes joined with s += piece (PLUS: every step
// allocates len(s)+10 and copies) or a strings.Builder (BUILDER: amortised growth).
func BenchmarkStringConcat(b *testing.B) {
	for _, n := range []int{100, 1000} {
		b.Run(fmt.Sprintf("variant=PLUS/n=%d", n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				s := ""
				for j := 0; j < n; j++ {
					s += piece
				}
				sinkString = s
			}
		})
		b.Run(fmt.Sprintf("variant=BUILDER/n=%d", n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				var sb strings.Builder
				for j := 0; j < n; j++ {
					sb.WriteString(piece)
				}
				sinkString = sb.String()
			}
		})
	}
}
