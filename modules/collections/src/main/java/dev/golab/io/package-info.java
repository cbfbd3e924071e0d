/**
 * Go's io contract, as far as the lab's bufio needs it: {@link dev.golab.io.Writer} (io.Writer and
 * io.ErrShortWrite). The reading side (io.Reader, Copy, the helpers) is not modelled; io.Pipe is shown
 * on the lab's unbuffered channels (chan's CspAnswersTest, IFACE-05.06).
 *
 * <p>Go source modelled: io/io.go (go1.23.5).
 */
package dev.golab.io;
