// A composite literal is not addressable, so a pointer method cannot be called on it.
package main

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

func main() {
	c := Counter{}
	c.Inc()         // fine: c is a variable, so (&c).Inc()
	Counter{}.Inc() // compile error
}
