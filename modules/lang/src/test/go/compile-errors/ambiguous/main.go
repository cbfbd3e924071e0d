// Two embedded fields give Name at the same depth: the selector d.Name is ambiguous.
package main

type A struct{ Name string }
type B struct{ Name string }
type D struct {
	A
	B
}

func main() {
	var d D
	_ = d.A.Name // fine: explicit path
	_ = d.Name   // compile error
}
