// Loop-variable capture under the go line of this module (go 1.23: one variable per iteration).
// The same file is copied into ../loopvar-go1.21, whose go.mod says go 1.21 (one variable per loop).
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func printAll(fs []func() int) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprint(&b, f())
	}
	return b.String()
}

func main() {
	// CORE-10.02/.03: three-clause loop
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	fmt.Println("three-clause:", printAll(fs))

	// CORE-10.03: range loop
	fs = nil
	for _, v := range []int{0, 1, 2} {
		fs = append(fs, func() int { return v })
	}
	fmt.Println("range:", printAll(fs))

	// CORE-10.04: both fixes
	fs = nil
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() int { return i })
	}
	fmt.Println("shadow-fix:", printAll(fs))
	fs = nil
	for i := 0; i < 3; i++ {
		fs = append(fs, func(n int) func() int { return func() int { return n } }(i))
	}
	fmt.Println("argument-fix:", printAll(fs))

	// per-iteration copy happens before the post statement: a write in the body is seen by the next iteration
	var seen []int
	for i := 0; i < 6; i++ {
		seen = append(seen, i)
		i++
	}
	fmt.Println("body-write-carried:", seen)

	// closures of one iteration share that iteration's variable
	fs = nil
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
		fs = append(fs, func() int { i += 10; return i })
	}
	fmt.Println("same-iteration-shared:", printAll(fs))

	// goroutines capturing the loop variable: they read it only after the loop ended (start gate),
	// so the result is deterministic; then wait for all and print the sorted values
	var mu sync.Mutex
	var wg sync.WaitGroup
	var got []int
	start := make(chan struct{})
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			mu.Lock()
			got = append(got, i)
			mu.Unlock()
		}()
	}
	close(start)
	wg.Wait()
	sort.Ints(got)
	fmt.Println("goroutines-after-loop:", got)
}
