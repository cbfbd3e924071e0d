// IFACE-01: the two-word interface value, the typed-nil trap, assertions, type switches, equality.
package main

import (
	"errors"
	"fmt"
	"os"
)

type MyError struct{ Msg string }

func (e *MyError) Error() string { return e.Msg }

type Stringer interface{ String() string }

type User struct{ Name string }

func (u User) String() string { return "User(" + u.Name + ")" }

func literalNil() error { return nil }

func typedNil() error {
	var p *MyError
	return p
}

func recovered(f func()) (msg string) {
	defer func() {
		r := recover()
		if r == nil {
			msg = "no panic"
			return
		}
		_, isRuntime := r.(interface{ RuntimeError() })
		msg = fmt.Sprintf("%v (runtime.Error=%v, %T)", r, isRuntime, r)
	}()
	f()
	return "no panic"
}

func kind(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", x)
	case string, []byte:
		return fmt.Sprintf("string or []byte %T", x)
	case error:
		return fmt.Sprintf("error %T", x) // not x.Error(): a typed nil lands here too
	case Stringer:
		return "Stringer " + x.String()
	default:
		return fmt.Sprintf("default %T", x)
	}
}

func main() {
	var err error
	fmt.Println("zero error == nil:", err == nil)
	var p *MyError
	err = p
	fmt.Println("typed nil error == nil:", err == nil, "%T:", fmt.Sprintf("%T", err), "%v:", fmt.Sprintf("%v", err == (*MyError)(nil)))
	fmt.Println("literalNil() == nil:", literalNil() == nil)
	fmt.Println("typedNil() == nil:", typedNil() == nil)

	var i any = 42
	s, ok := i.(string)
	fmt.Printf("comma-ok: %q %v\n", s, ok)
	n, ok := i.(int)
	fmt.Println("comma-ok int:", n, ok)
	fmt.Println("assert int to string:", recovered(func() { _ = i.(string) }))
	fmt.Println("assert nil to int:", recovered(func() { var e any; _ = e.(int) }))
	fmt.Println("assert string to Stringer:", recovered(func() { var e any = "x"; _ = e.(Stringer) }))
	fmt.Println("assert error(nil) to *MyError:", recovered(func() { var e error; _ = e.(*MyError) }))
	fmt.Println("assert error to *MyError wrong type:", recovered(func() { var e error = errors.New("x"); _ = e.(*MyError) }))
	var st Stringer = User{"ann"}
	fmt.Println("assert Stringer to error:", recovered(func() { _ = st.(error) }))

	for _, v := range []any{nil, 7, "s", []byte("b"), &MyError{"boom"}, User{"ann"}, 2.5, (*MyError)(nil)} {
		fmt.Printf("switch %T: %s\n", v, kind(v))
	}

	fmt.Println("any(1) == any(1):", any(1) == any(1))
	fmt.Println("any(1) == any(int64(1)):", any(1) == any(int64(1)))
	fmt.Println("compare []int:", recovered(func() { var a, b any = []int{1}, []int{1}; _ = a == b }))
	fmt.Println("compare map:", recovered(func() { var a, b any = map[string]int{}, map[string]int{}; _ = a == b }))
	fmt.Println("compare func:", recovered(func() { var a, b any = main, main; _ = a == b }))
	fmt.Println("compare []int vs int:", recovered(func() { var a, b any = []int{1}, 1; _ = a == b }))
	_ = os.Stdout
}
