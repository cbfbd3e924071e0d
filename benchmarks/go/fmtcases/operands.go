package main

// The named operands every case draws from. FmtOperands.java (modules/runtime test sources) builds
// the same values under the same keys in golab's value model; a key missing there fails the test.

import (
	"errors"
	"math"
)

// T is printed as a struct: {1 x}, {A:1 B:x}, main.T{A:1, B:"x"}.
type T struct {
	A int
	B string
}

// Nested holds composite and interface-typed fields.
type Nested struct {
	P T
	S []int
	M map[string]int
	I any
	F float64
}

// Celsius is a Stringer.
type Celsius float64

func (c Celsius) String() string { return "C(" + ftoa(float64(c)) + ")" }

func ftoa(f float64) string {
	if f == 21.5 {
		return "21.5"
	}
	return "?"
}

// Panicky is a Stringer whose String method panics.
type Panicky struct{}

func (Panicky) String() string { panic("boom") }

// BadErr is an error whose Error method panics with an error value.
type BadErr struct{}

func (BadErr) Error() string { panic(errors.New("bad error")) }

// MyErr is an error type with a value receiver.
type MyErr struct{ Code int }

func (e MyErr) Error() string {
	if e.Code == 503 {
		return "unavailable"
	}
	return "other"
}

type operand struct {
	key string
	val any
}

func operands() []operand {
	return []operand{
		{"nil", nil},
		{"true", true},
		{"false", false},

		{"int0", 0},
		{"int42", 42},
		{"intNeg42", -42},
		{"int1234567", 1234567},
		{"intMax", math.MaxInt},
		{"int8Min", int8(math.MinInt8)},
		{"int16", int16(12345)},
		{"int32Neg7", int32(-7)},
		{"int64Max", int64(math.MaxInt64)},
		{"int64Min", int64(math.MinInt64)},
		{"uint8Max", uint8(255)},
		{"uint16Max", uint16(65535)},
		{"uint32Max", uint32(math.MaxUint32)},
		{"uint64Max", uint64(math.MaxUint64)},
		{"uint7", uint(7)},
		{"uintptr", uintptr(0xdead)},

		{"f0", 0.0},
		{"fNegZero", math.Copysign(0, -1)},
		{"f1", 1.0},
		{"fPi", 3.14159},
		{"fNeg2_5", -2.5},
		{"f0_1", 0.1},
		{"fThird", 1.0 / 3.0},
		{"f100", 100.0},
		{"f1e6", 1e6},
		{"f123456", 123456.0},
		{"f1234567", 1234567.0},
		{"f1e20", 1e20},
		{"f1e21", 1e21},
		{"f1e-4", 1e-4},
		{"f1e-5", 1e-5},
		{"f1_5e-7", 1.5e-7},
		{"f2_5", 2.5},
		{"f0_125", 0.125},
		{"f1_005", 1.005},
		{"fMax", math.MaxFloat64},
		{"fTiny", math.SmallestNonzeroFloat64},
		{"fNaN", math.NaN()},
		{"fInf", math.Inf(1)},
		{"fNegInf", math.Inf(-1)},
		{"f32_0_1", float32(0.1)},
		{"f32_16777216", float32(16777216)},
		{"f32Max", float32(math.MaxFloat32)},
		{"f32_1_5", float32(1.5)},

		{"c1_2", complex(1, 2)},
		{"c64", complex64(complex(-1.5, 0.25))},

		{"runeA", 'a'},
		{"runeE", 'é'},
		{"runeWorld", '世'},
		{"runeSmile", rune(0x1F600)},
		{"runeNL", '\n'},
		{"runeDEL", rune(0x7f)},
		{"runeBig", rune(0x110000)},
		{"runeNeg", rune(-1)},

		{"sEmpty", ""},
		{"sHello", "hello"},
		{"sFive", "five"},
		{"sUni", "héllo 世界"},
		{"sEsc", "a\"b\\c\n"},
		{"sCtl", "\x00\x7f\t"},
		{"sBack", "`x`"},
		{"sEmoji", "😀"},
		{"sNbsp", "a\u00a0b\u200bc"},

		{"bHi", []byte("hi")},
		{"bNil", []byte(nil)},
		{"bEmpty", []byte{}},
		{"b0_255", []byte{0, 255}},

		{"sliceInt", []int{1, 2, 3}},
		{"sliceStr", []string{"a", "b c"}},
		{"sliceNil", []int(nil)},
		{"sliceEmpty", []int{}},
		{"sliceF", []float64{1.5, 2, 1e21}},
		{"sliceAny", []any{1, "a", nil, true}},
		{"sliceNested", [][]int{{1}, {2, 3}}},
		{"sliceT", []T{{1, "x"}, {2, "y"}}},

		{"mapSI", map[string]int{"b": 2, "a": 1, "c": 3}},
		{"mapIS", map[int]string{3: "c", 1: "a", -2: "z"}},
		{"mapNil", map[string]int(nil)},
		{"mapEmpty", map[string]int{}},
		{"mapBool", map[bool]int{true: 1, false: 0}},
		{"mapFloat", map[float64]string{2.5: "b", -1: "a", math.Inf(1): "inf"}},
		{"mapSlice", map[string][]int{"x": {1, 2}, "w": nil}},

		{"structT", T{1, "x"}},
		{"structZero", T{}},
		{"structNested", Nested{P: T{2, "y"}, S: []int{1}, M: map[string]int{"k": 1}, I: nil, F: 0.5}},
		{"structIface", Nested{I: "str", S: nil, M: nil}},

		{"err", errors.New("boom")},
		{"myErr", MyErr{503}},
		{"stringer", Celsius(21.5)},
		{"panicky", Panicky{}},
		{"badErr", BadErr{}},
	}
}
