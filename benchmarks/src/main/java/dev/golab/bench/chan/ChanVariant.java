package dev.golab.bench.chan;

import com.softwaremill.jox.Channel;
import dev.golab.chan.Chan;
import dev.golab.chan.HchanChannel;
import dev.golab.chan.SegmentChannel;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.SynchronousQueue;

/**
 * The channel mechanisms the chan benchmarks compare, as a JMH {@code @Param} factory. Registry keys
 * repeat the package (chan.Hchan, chan.Segment); the JDK rows are the baselines.
 * <ul>
 *   <li>HCHAN — Go's algorithm (dev.golab.chan.HchanChannel);</li>
 *   <li>SEGMENT — the Kotlin/jox segment algorithm with Go semantics (SegmentChannel);</li>
 *   <li>JDK_SYNCHRONOUS_QUEUE — rendezvous only (cap ignored);</li>
 *   <li>JDK_ARRAY_BLOCKING_QUEUE — bounded ring with one lock; cap 0 becomes cap 1 (no rendezvous);</li>
 *   <li>JDK_LINKED_TRANSFER_QUEUE — cap 0: transfer/take (rendezvous); cap &gt; 0: put/take, unbounded;</li>
 *   <li>JOX — softwaremill jox 1.0.1 Channel (rendezvous or buffered).</li>
 * </ul>
 */
public enum ChanVariant {
    HCHAN {
        @Override
        Pipe make(int cap) {
            return chan(new HchanChannel<>(cap));
        }
    },
    SEGMENT {
        @Override
        Pipe make(int cap) {
            return chan(new SegmentChannel<>(cap));
        }
    },
    JDK_SYNCHRONOUS_QUEUE {
        @Override
        Pipe make(int cap) {
            SynchronousQueue<Object> q = new SynchronousQueue<>();
            return new Pipe() {
                public void send(Object v) throws InterruptedException {
                    q.put(v);
                }

                public Object recv() throws InterruptedException {
                    return q.take();
                }
            };
        }
    },
    JDK_ARRAY_BLOCKING_QUEUE {
        @Override
        Pipe make(int cap) {
            ArrayBlockingQueue<Object> q = new ArrayBlockingQueue<>(Math.max(1, cap));
            return new Pipe() {
                public void send(Object v) throws InterruptedException {
                    q.put(v);
                }

                public Object recv() throws InterruptedException {
                    return q.take();
                }
            };
        }
    },
    JDK_LINKED_TRANSFER_QUEUE {
        @Override
        Pipe make(int cap) {
            LinkedTransferQueue<Object> q = new LinkedTransferQueue<>();
            return new Pipe() {
                public void send(Object v) throws InterruptedException {
                    if (cap == 0) q.transfer(v);
                    else q.put(v);
                }

                public Object recv() throws InterruptedException {
                    return q.take();
                }
            };
        }
    },
    JOX {
        @Override
        Pipe make(int cap) {
            Channel<Object> c = cap == 0 ? Channel.newRendezvousChannel() : Channel.newBufferedChannel(cap);
            return new Pipe() {
                public void send(Object v) throws InterruptedException {
                    c.send(v);
                }

                public Object recv() throws InterruptedException {
                    return c.receive();
                }
            };
        }
    };

    /** A one-direction channel: the operations every benchmark needs. */
    public interface Pipe {
        void send(Object v) throws InterruptedException;

        Object recv() throws InterruptedException;
    }

    abstract Pipe make(int cap);

    static Pipe chan(Chan<Object> c) {
        return new Pipe() {
            public void send(Object v) {
                c.send(v);
            }

            public Object recv() {
                return c.recv();
            }
        };
    }
}
