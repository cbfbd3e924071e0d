// Embedding is not subtyping: a Dog is not an Animal.
package main

type Animal struct{ Name string }
type Dog struct{ Animal }

func feed(a Animal) {}

func main() {
	feed(Dog{}.Animal) // fine: the embedded field, explicitly
	feed(Dog{})        // compile error
}
