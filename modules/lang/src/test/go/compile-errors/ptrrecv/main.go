// Dog embeds Animal by value and Breathe has a pointer receiver: Dog's method set lacks it.
package main

type Animal struct{}

func (a *Animal) Breathe() {}

type Dog struct{ Animal }
type Breather interface{ Breathe() }

func main() {
	var _ Breather = &Dog{} // fine
	var _ Breather = Dog{}  // compile error
}
