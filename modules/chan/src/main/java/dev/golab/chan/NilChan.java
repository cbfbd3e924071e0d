package dev.golab.chan;

/*
 * Go behaviour:    the zero value of a channel type (`var c chan T`): send and receive block forever
 *                  (dump reasons "chan send (nil chan)" / "chan receive (nil chan)"), close panics with
 *                  "close of nil channel", len and cap are 0, and select never chooses its cases.
 * Model:           one shared instance; blocking ops park until interrupted.
 * Invariants:      NC-I1 no operation ever completes. NC-I2 len() == cap() == 0.
 * Differs from Go: an interrupted thread leaves the op with Interrupted.
 * See:             ChanAnswersTest (nil channel), SelectAnswersTest (nil cases).
 */
import dev.golab.runtime.Interrupted;
import dev.golab.runtime.Park;
import dev.golab.runtime.WaitReason;

final class NilChan<T> implements Chan<T> {
    static final NilChan<Object> NIL = new NilChan<>();

    private NilChan() {}

    @Override
    public void send(T v) {
        throw Park.forever(WaitReason.CHAN_SEND_NIL_CHAN, this);
    }

    @Override
    public Recv<T> recvOk() {
        throw Park.forever(WaitReason.CHAN_RECEIVE_NIL_CHAN, this);
    }

    @Override
    public void close() {
        throw ChanPanics.closeOfNil();
    }

    @Override
    public int len() {
        return 0;
    }

    @Override
    public int cap() {
        return 0;
    }

    @Override
    public boolean isNil() {
        return true;
    }

    @Override
    public String toString() {
        return "chan(nil)";
    }
}
