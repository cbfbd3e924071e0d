/**
 * Go's io contract: {@link dev.golab.io.Reader} and {@link dev.golab.io.Writer} with io.EOF and
 * io.ErrShortWrite, {@link dev.golab.io.Io} (Copy, ReadAll, Discard), {@link dev.golab.io.IoWrappers}
 * (LimitReader, TeeReader, MultiReader, MultiWriter) and {@link dev.golab.io.StringsReader}
 * (strings.NewReader, bytes.NewReader). io.Pipe is built on the lab's unbuffered channels in the chan
 * module's tests (CspAnswersTest, IFACE-05.06).
 *
 * <p>Go source modelled: io/io.go, io/multi.go, strings/reader.go (go1.23.5).
 */
package dev.golab.io;
