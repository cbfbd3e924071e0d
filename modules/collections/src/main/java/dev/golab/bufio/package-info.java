/**
 * Go's bufio, writing side: {@link dev.golab.bufio.Writer} (bufio.Writer), which turns many small
 * writes into few buffer-sized ones and loses what it still holds unless flushed (PERF-01.06).
 *
 * <p>Go source modelled: bufio/bufio.go (go1.23.5).
 */
package dev.golab.bufio;
