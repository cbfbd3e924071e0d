package dev.golab.xsync.patterns;

/*
 * Go behaviour:    grpc-go's round_robin balancer (balancer/roundrobin, picker): every RPC takes the next
 *                  READY SubConn in order, starting at a random offset, so RPCs spread evenly over all
 *                  resolved addresses. It balances only what the resolver returns: a Kubernetes
 *                  ClusterIP Service resolves to ONE virtual IP, so everything sticks to one connection
 *                  (and, behind it, to one pod) — a headless Service, xDS or a mesh is needed.
 * Model:           an immutable address list and an atomic counter: pick() = addrs[(start + n++) % len].
 * Invariants:      RR-I1 over k·len picks every address is chosen exactly k times.
 * Differs from Go: no connectivity states (every address is READY); the start offset is a parameter.
 * See:             RoundRobinAnswersTest (MS-03.10).
 */
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

public final class RoundRobin<A> {
    private final List<A> addrs;
    private final AtomicLong next;

    public RoundRobin(List<A> resolved, long startOffset) {
        if (resolved.isEmpty()) throw new IllegalArgumentException("no addresses resolved");
        this.addrs = List.copyOf(resolved);
        this.next = new AtomicLong(startOffset);
    }

    /** The address for the next RPC. */
    public A pick() {
        return addrs.get((int) Math.floorMod(next.getAndIncrement(), (long) addrs.size()));
    }
}
