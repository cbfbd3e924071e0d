package dev.golab.xsync.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RoundRobinAnswersTest {
    static Map<String, Integer> spread(RoundRobin<String> rr, int rpcs) {
        Map<String, Integer> hits = new TreeMap<>();
        for (int i = 0; i < rpcs; i++) hits.merge(rr.pick(), 1, Integer::sum);
        return hits;
    }

    @Test
    @DisplayName("MS-03.10 Q: how does client-side round_robin spread RPCs? (evenly over every resolved address)")
    void roundRobinSpreadsEvenlyOverAllResolvedAddresses() {
        RoundRobin<String> rr = new RoundRobin<>(List.of("10.0.0.1:50051", "10.0.0.2:50051", "10.0.0.3:50051"), 7);
        assertThat(spread(rr, 300)).containsOnly(
                Map.entry("10.0.0.1:50051", 100), Map.entry("10.0.0.2:50051", 100), Map.entry("10.0.0.3:50051", 100));
    }

    @Test
    @DisplayName("MS-03 correction Q: what does round_robin do behind a ClusterIP Service? (one VIP resolved: no balancing)")
    void aClusterIpServiceResolvesToOneAddressSoEverythingSticksToIt() {
        RoundRobin<String> rr = new RoundRobin<>(List.of("10.96.0.12:50051"), 0);   // kube-dns A record of the VIP
        assertThat(spread(rr, 300)).containsOnly(Map.entry("10.96.0.12:50051", 300));
    }
}
