// Package-level variables that depend on each other: an initialization cycle.
package main

var a = b + 1
var b = f()

func f() int { return a }

func main() {}
