// CORE-09: package initialisation order (Go 1.21+ specified algorithm). Run: go run ./pkginit
package main

import (
	"fmt"
	"strings"

	"langoracle/pkginit/alpha"
	"langoracle/pkginit/beta" // listed before alpha on purpose: the order is by import path, not by source
	_ "langoracle/pkginit/driver"
	"langoracle/pkginit/registry"
	"langoracle/pkginit/trace"
	"langoracle/pkginit/zeta"
)

// The spec's example: initialised in the order d, b, c, a.
var (
	a = trace.Add("main.a", c+b)
	b = trace.Add("main.b", f())
	c = trace.Add("main.c", f())
	d = trace.Add("main.d", 3)
)

// g needs h, which is declared in the next file: g waits for it.
var g = trace.Add("main.g", h)

func f() int {
	d++
	return d
}

func init() { trace.Add("main.init#1 (a_main.go)", 0) }
func init() { trace.Add("main.init#2 (a_main.go)", 0) }

func main() {
	_ = alpha.V + beta.V + zeta.V
	fmt.Println("order:", strings.Join(trace.Log, ", "))
	fmt.Println("values:", a, b, c, d)
	fmt.Println("drivers:", registry.Drivers())
}
