package dev.golab.chan;

/*
 * Go behaviour:    `chan T` (runtime/chan.go, Go 1.23): make(chan T) is a rendezvous, make(chan T, n)
 *                  a FIFO ring of n slots, the zero value (nil) blocks forever. close wakes every
 *                  waiter; buffered values are still delivered after close, then (zero, false) forever.
 *                  Misuse panics: send on closed channel, close of closed / nil channel,
 *                  makechan: size out of range.
 * Model:           one interface, several mechanisms (the package-info table). make() / make(n) give
 *                  the default model, HchanChannel (a line-by-line reading of chan.go).
 * Invariants:      CH-I1 FIFO per channel. CH-I2 0 <= len() <= cap(). CH-I3 after close, receives drain the
 *                  buffer, then return Recv.closed() forever. CH-I4 an unbuffered send returns only after
 *                  its receiver has the value.
 * Differs from Go: the zero value of T is null. A blocked op on an interrupted thread throws
 *                  Interrupted (Go has no interruption).
 * See:             ChanAnswersTest, ChanContract, ChanPropertiesTest.
 */
import java.util.Iterator;
import java.util.NoSuchElementException;

public interface Chan<T> extends Iterable<T> {
    /** {@code make(chan T)}: an unbuffered (rendezvous) channel. */
    static <T> Chan<T> make() {
        return new HchanChannel<>(0);
    }

    /** {@code make(chan T, n)}; n < 0 panics with Go's {@code makechan: size out of range}. */
    static <T> Chan<T> make(int n) {
        return new HchanChannel<>(n);
    }

    /** {@code var c chan T}: the nil channel. Send and receive block forever; close panics. */
    @SuppressWarnings("unchecked")
    static <T> Chan<T> nil() {
        return (Chan<T>) NilChan.NIL;
    }

    /** {@code c <- v}. */
    void send(T v);

    /** {@code v := <-c}. */
    default T recv() {
        return recvOk().value();
    }

    /** {@code v, ok := <-c}. */
    Recv<T> recvOk();

    /** {@code close(c)}. */
    void close();

    /** {@code len(c)}: values queued in the buffer. */
    int len();

    /** {@code cap(c)}: buffer size (0 for unbuffered and nil channels). */
    int cap();

    /** True only for {@link #nil()} (Go: {@code c == nil}). */
    default boolean isNil() {
        return false;
    }

    /** {@code for v := range c}: ends once the channel is closed and drained. */
    @Override
    default Iterator<T> iterator() {
        return new Iterator<>() {
            private Recv<T> next;

            @Override
            public boolean hasNext() {
                if (next == null) next = recvOk();
                return next.ok();
            }

            @Override
            public T next() {
                if (!hasNext()) throw new NoSuchElementException("range over closed channel ended");
                T v = next.value();
                next = null;
                return v;
            }
        };
    }
}
