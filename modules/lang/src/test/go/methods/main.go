// CORE-02 / IFACE-03: receivers, method sets, embedding, promotion, shadowing.
package main

import "fmt"

type User struct{ Name, Email string }

func (u User) Rename(n string)    { u.Name = n }  // value receiver: works on a copy
func (u *User) SetEmail(e string) { u.Email = e } // pointer receiver: mutates the original

type Celsius float64

func (c Celsius) ToFahrenheit() float64 { return float64(c)*9/5 + 32 }

type Fahrenheit float64

type Animal struct{ Name string }

func (a Animal) Speak() string { return a.Name + " speaks" }
func (a *Animal) Breathe()     {}

type Dog struct {
	Animal
	Breed string
}

type Speaker interface{ Speak() string }
type Breather interface{ Breathe() }

type Base struct{ ID int }

func (b Base) Describe() string { return fmt.Sprintf("ID=%d", b.ID) }

type Widget struct {
	Base
	Label string
}

func (w *Widget) Describe() string { return "Widget: " + w.Label }

type Logger interface{ Log(string) string }
type prefixLogger struct{ p string }

func (l prefixLogger) Log(s string) string { return l.p + s }

type Service struct {
	Logger
	Name string
}

type Reader interface{ Read() string }
type Writer interface{ Write(string) }
type Closer interface{ Close() error }
type ReadWriteCloser interface {
	Reader
	Writer
	Closer
}
type rw struct{}

func (rw) Read() string { return "" }
func (rw) Write(string) {}

type rwc struct{ rw }

func (rwc) Close() error { return nil }

// depth rule: the shallower Name wins; Inner.Name is at depth 2
type Inner struct{ Name string }
type Middle struct{ Inner }
type Outer struct {
	Middle
	Name string
}

func main() {
	u := User{Name: "ann"}
	u.Rename("bob")
	fmt.Println("value receiver leaves caller:", u.Name)
	u.SetEmail("a@x")
	fmt.Println("pointer receiver mutates:", u.Email)
	fmt.Println("Celsius(100).ToFahrenheit():", Celsius(100).ToFahrenheit())

	// defined types are nominal: same underlying type, different types
	fmt.Println("any(Celsius(1)) == any(Fahrenheit(1)):", any(Celsius(1)) == any(Fahrenheit(1)), "| %T:", fmt.Sprintf("%T", Celsius(1)))

	d := Dog{Animal: Animal{Name: "Rex"}, Breed: "lab"}
	fmt.Println("d.Speak():", d.Speak(), "| d.Animal.Speak():", d.Animal.Speak(), "| d.Name:", d.Name)
	var sp Speaker = d
	fmt.Println("Dog satisfies Speaker:", sp.Speak())
	d.Breathe() // addressable: (&d.Animal).Breathe()
	_, okV := any(d).(Breather)
	_, okP := any(&d).(Breather)
	fmt.Println("Dog is Breather:", okV, "| *Dog is Breather:", okP)
	_, okA := any(d).(Animal)
	fmt.Println("Dog is Animal:", okA)

	w := &Widget{Base: Base{ID: 1}, Label: "button"}
	fmt.Println("w.ID:", w.ID, "| w.Describe():", w.Describe(), "| w.Base.Describe():", w.Base.Describe())
	var wv any = Widget{Base: Base{ID: 1}, Label: "button"}
	_, okW := wv.(interface{ Describe() string })
	_, okPW := any(w).(interface{ Describe() string })
	// the depth-0 (*Widget).Describe hides Base.Describe for the value too, so Widget has no Describe
	fmt.Println("Widget is Describer:", okW, "| *Widget is Describer:", okPW)

	s := Service{Logger: prefixLogger{"> "}, Name: "svc"}
	var lg Logger = s
	fmt.Println("Service satisfies Logger:", lg.Log("x"))
	func() {
		defer func() { fmt.Println("nil embedded interface:", recover()) }()
		Service{}.Log("x")
	}()

	_, ok1 := any(rw{}).(ReadWriteCloser)
	_, ok2 := any(rwc{}).(ReadWriteCloser)
	fmt.Println("rw is ReadWriteCloser:", ok1, "| rwc is ReadWriteCloser:", ok2)

	o := Outer{Middle: Middle{Inner{Name: "inner"}}, Name: "outer"}
	fmt.Println("depth rule o.Name:", o.Name, "| o.Middle.Name:", o.Middle.Name)
}
