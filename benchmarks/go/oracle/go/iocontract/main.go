// iocontract records io.Reader and io.Writer behaviour for IFACE-05: Read's (n, err) sequence on a
// strings.Reader, io.Copy's results and the writes it makes (WriterTo, its 32 KiB buffer, a
// LimitedReader's smaller one, short and invalid writes), ReadAll's capacities, the helpers
// (LimitReader, TeeReader, MultiReader, MultiWriter) and the memory a streaming copy takes.
// Deterministic: fixed inputs; the GC is off while measuring allocation.
package main

import (
	"bytes"
	"io"
	"runtime"
	"runtime/debug"
	"strings"

	"oracle/go/internal/out"
)

type step struct {
	N    int    `json:"n"`
	Err  string `json:"err"`
	Data string `json:"data,omitempty"`
}

func errText(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

// reads calls r.Read with a size-byte buffer until it returns an error (at most 20 calls).
func reads(r io.Reader, size int) []step {
	var s []step
	buf := make([]byte, size)
	for i := 0; i < 20; i++ {
		n, err := r.Read(buf)
		s = append(s, step{n, errText(err), string(buf[:n])})
		if err != nil {
			break
		}
	}
	return s
}

// counting records the length of each Write.
type counting struct{ sizes []int }

func (c *counting) Write(p []byte) (int, error) {
	c.sizes = append(c.sizes, len(p))
	return len(p), nil
}

// short accepts half of every write and reports no error; invalid claims more than it was given.
type short struct{}

func (short) Write(p []byte) (int, error) { return len(p) / 2, nil }

type invalid struct{}

func (invalid) Write(p []byte) (int, error) { return len(p) + 1, nil }

// gen yields n bytes without holding them (a stand-in for a large file).
type gen struct{ left int }

func (g *gen) Read(p []byte) (int, error) {
	if g.left == 0 {
		return 0, io.EOF
	}
	n := min(len(p), g.left)
	g.left -= n
	return n, nil
}

type copyResult struct {
	Written int64  `json:"written"`
	Err     string `json:"err"`
	Writes  []int  `json:"writes,omitempty"`
}

func copyTo(dst io.Writer, src io.Reader, c *counting) copyResult {
	n, err := io.Copy(dst, src)
	r := copyResult{Written: n, Err: errText(err)}
	if c != nil {
		r.Writes = c.sizes
	}
	return r
}

func streamAlloc(n int) uint64 {
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	io.Copy(struct{ io.Writer }{io.Discard}, struct{ io.Reader }{&gen{n}})
	runtime.ReadMemStats(&b)
	return b.TotalAlloc - a.TotalAlloc
}

func main() {
	debug.SetGCPercent(-1)
	big := strings.Repeat("x", 100_000)

	c1, c2, c3 := &counting{}, &counting{}, &counting{}
	copies := map[string]copyResult{
		"writer_to":      copyTo(c1, strings.NewReader(big), c1),
		"buffer_32k":     copyTo(c2, struct{ io.Reader }{strings.NewReader(big)}, c2),
		"limited_buffer": copyTo(c3, io.LimitReader(struct{ io.Reader }{strings.NewReader(big)}, 1000), c3),
		"short_write":    copyTo(struct{ io.Writer }{short{}}, struct{ io.Reader }{strings.NewReader("0123456789")}, nil),
		"invalid_write":  copyTo(struct{ io.Writer }{invalid{}}, struct{ io.Reader }{strings.NewReader("0123456789")}, nil),
		"empty":          copyTo(&counting{}, struct{ io.Reader }{strings.NewReader("")}, nil),
	}

	readAll := []map[string]int{}
	for _, n := range []int{0, 1, 511, 512, 513, 1000, 4096, 100_000, 1 << 20} {
		b, _ := io.ReadAll(struct{ io.Reader }{strings.NewReader(strings.Repeat("y", n))})
		readAll = append(readAll, map[string]int{"n": n, "len": len(b), "cap": cap(b)})
	}

	var tee bytes.Buffer
	teeAll, _ := io.ReadAll(io.TeeReader(strings.NewReader("tee me"), &tee))
	var mw1, mw2 bytes.Buffer
	mwN, mwErr := io.MultiWriter(&mw1, &mw2).Write([]byte("xyz"))
	mwShortN, mwShortErr := io.MultiWriter(&mw1, struct{ io.Writer }{short{}}).Write([]byte("abcd"))

	out.JSON(map[string]any{
		"read_4":          reads(strings.NewReader("hello, reader"), 4),
		"read_0_at_start": reads(strings.NewReader("abc"), 0)[0],
		"read_at_end":     reads(strings.NewReader(""), 4),
		"copy":            copies,
		"read_all":        readAll,
		"limit":           reads(io.LimitReader(strings.NewReader("abcdefghij"), 4), 3),
		"tee":             map[string]string{"read": string(teeAll), "written": tee.String()},
		"multi_reader":    reads(io.MultiReader(strings.NewReader("ab"), strings.NewReader(""), strings.NewReader("cd")), 3),
		"multi_writer": map[string]any{"n": mwN, "err": errText(mwErr), "w1": mw1.String(), "w2": mw2.String(),
			"short_n": mwShortN, "short_err": errText(mwShortErr)},
		"stream_alloc_1MiB":  streamAlloc(1 << 20),
		"stream_alloc_64MiB": streamAlloc(64 << 20),
	})
}
