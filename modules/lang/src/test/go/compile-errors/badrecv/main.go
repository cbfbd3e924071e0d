// Methods need a defined type whose underlying type is not a pointer or an interface.
package main

type P *int

func (p P) M() {}

func main() {}
