// bufio records how a bufio.Writer turns small writes into few large ones (PERF-01.06): the sizes of
// the writes that reach the underlying writer, what is lost without Flush, the "large write, empty
// buffer" shortcut, and the sticky error after a short write. Deterministic: fixed chunk sequences.
package main

import (
	"bufio"
	"bytes"
	"errors"

	"oracle/go/internal/out"
)

// counting records the length of every Write it receives.
type counting struct{ sizes []int }

func (c *counting) Write(p []byte) (int, error) {
	c.sizes = append(c.sizes, len(p))
	return len(p), nil
}

// failing accepts its first write whole, then writes 10 bytes of the next one and fails.
type failing struct{ calls int }

var errFull = errors.New("disk full")

func (f *failing) Write(p []byte) (int, error) {
	f.calls++
	if f.calls == 1 {
		return len(p), nil
	}
	return min(10, len(p)), errFull
}

func errText(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func main() {
	// 1. 100,000 small writes (1..997 bytes) through a 64 KiB buffer.
	c := &counting{}
	w := bufio.NewWriterSize(c, 64*1024)
	total := 0
	for i := 0; i < 100_000; i++ {
		n := (i*7919)%997 + 1
		w.Write(bytes.Repeat([]byte{'x'}, n))
		total += n
	}
	writesBefore, bufferedBefore := len(c.sizes), w.Buffered()
	sumBefore := 0
	for _, s := range c.sizes {
		sumBefore += s
	}
	w.Flush()
	sumAfter := 0
	for _, s := range c.sizes {
		sumAfter += s
	}

	// 2. Mixed sizes through a 64 KiB buffer: partial fills, a direct large write, an exact fit.
	c2 := &counting{}
	w2 := bufio.NewWriterSize(c2, 65536)
	for _, n := range []int{10, 70000, 5, 200000, 65536, 1, 65535} {
		w2.Write(make([]byte, n))
	}
	sizesBeforeFlush := append([]int(nil), c2.sizes...)
	w2.Flush()

	// 3. A short write: the error is sticky and the unwritten bytes stay buffered.
	f := &failing{}
	w3 := bufio.NewWriterSize(f, 16)
	n1, e1 := w3.Write(make([]byte, 20))
	n2, e2 := w3.Write(make([]byte, 10))
	n3, e3 := w3.Write(make([]byte, 10))
	n4, e4 := w3.Write(make([]byte, 1))
	e5 := w3.Flush()

	// 4. Sizes: the default, and wrapping a bufio.Writer that is already large enough.
	big := bufio.NewWriterSize(&counting{}, 8192)

	out.JSON(map[string]any{
		"small_writes": map[string]any{
			"chunks": 100_000, "total": total, "buffer": 64 * 1024,
			"writes_before_flush": writesBefore, "bytes_before_flush": sumBefore,
			"buffered_before_flush": bufferedBefore, "lost_without_flush": total - sumBefore,
			"writes_after_flush": len(c.sizes), "bytes_after_flush": sumAfter,
		},
		"mixed_sizes_before_flush": sizesBeforeFlush,
		"mixed_sizes":              c2.sizes,
		"short_write": []map[string]any{
			{"n": n1, "err": errText(e1)}, {"n": n2, "err": errText(e2)},
			{"n": n3, "err": errText(e3)}, {"n": n4, "err": errText(e4)},
			{"flush": errText(e5), "buffered": w3.Buffered(), "calls": f.calls},
		},
		"default_size":       bufio.NewWriter(&counting{}).Size(),
		"size_zero":          bufio.NewWriterSize(&counting{}, 0).Size(),
		"rewrap_same":        bufio.NewWriterSize(big, 4096) == big,
		"rewrap_larger_same": bufio.NewWriterSize(big, 10000) == big,
	})
}
