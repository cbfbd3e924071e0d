// layout records struct sizes, alignments and field offsets (unsafe.Sizeof, Alignof, Offsetof) for
// the cases StructLayoutAnswersTest checks (PERF-01.07). Deterministic for a given GOARCH (amd64).
package main

import (
	"unsafe"

	"oracle/go/internal/out"
)

type Bad struct {
	a byte
	b int64
	c byte
	d int64
}

type Good struct {
	b, d int64
	a, c byte
}

type ZeroFirst struct {
	z struct{}
	a int64
}

type ZeroLast struct {
	a int64
	z struct{}
}

type ZeroArrayLast struct {
	a byte
	z [0]int64
}

type Headers struct {
	s string
	b []int
	i any
}

type Complex struct {
	a byte
	c complex64
}

type layout struct {
	Size    uintptr   `json:"size"`
	Align   uintptr   `json:"align"`
	Offsets []uintptr `json:"offsets"`
}

func main() {
	var bad Bad
	var good Good
	var zf ZeroFirst
	var zl ZeroLast
	var za ZeroArrayLast
	var h Headers
	var c Complex
	out.JSON(map[string]layout{
		"Bad":           {unsafe.Sizeof(bad), unsafe.Alignof(bad), []uintptr{unsafe.Offsetof(bad.a), unsafe.Offsetof(bad.b), unsafe.Offsetof(bad.c), unsafe.Offsetof(bad.d)}},
		"Good":          {unsafe.Sizeof(good), unsafe.Alignof(good), []uintptr{unsafe.Offsetof(good.b), unsafe.Offsetof(good.d), unsafe.Offsetof(good.a), unsafe.Offsetof(good.c)}},
		"struct{}":      {unsafe.Sizeof(struct{}{}), unsafe.Alignof(struct{}{}), []uintptr{}},
		"ZeroFirst":     {unsafe.Sizeof(zf), unsafe.Alignof(zf), []uintptr{unsafe.Offsetof(zf.z), unsafe.Offsetof(zf.a)}},
		"ZeroLast":      {unsafe.Sizeof(zl), unsafe.Alignof(zl), []uintptr{unsafe.Offsetof(zl.a), unsafe.Offsetof(zl.z)}},
		"ZeroArrayLast": {unsafe.Sizeof(za), unsafe.Alignof(za), []uintptr{unsafe.Offsetof(za.a), unsafe.Offsetof(za.z)}},
		"Headers":       {unsafe.Sizeof(h), unsafe.Alignof(h), []uintptr{unsafe.Offsetof(h.s), unsafe.Offsetof(h.b), unsafe.Offsetof(h.i)}},
		"Complex":       {unsafe.Sizeof(c), unsafe.Alignof(c), []uintptr{unsafe.Offsetof(c.a), unsafe.Offsetof(c.c)}},
	})
}
