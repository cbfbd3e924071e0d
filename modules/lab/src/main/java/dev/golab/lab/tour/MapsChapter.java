package dev.golab.lab.tour;

import dev.golab.maps.GoMap;
import dev.golab.maps.MapStats;
import dev.golab.runtime.GoPanic;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Maps: Go 1.23 buckets growing live, random iteration, NaN keys, nil maps, and the Go 1.24 Swiss design. */
public final class MapsChapter implements Chapter {
    @Override
    public String name() {
        return "maps";
    }

    @Override
    public String title() {
        return "Maps: buckets, growth, iteration order (Go 1.23) and Swiss tables (Go 1.24)";
    }

    @Override
    public void run(TourOut out) {
        GoMap<Integer, Integer> m = GoMap.make();
        List<String> growth = new ArrayList<>();
        int lastB = -1;
        for (int i = 1; i <= 120; i++) {
            m.put(i, i);
            MapStats.Buckets s = (MapStats.Buckets) m.stats();
            if (s.B() != lastB) {
                growth.add(String.format("len %3d → B=%d (%d buckets), overflow %d, growing %s, evacuated %d/%d",
                        i, s.B(), s.buckets(), s.overflowBuckets(), s.growing(), s.nevacuate(), s.oldBuckets()));
                lastB = s.B();
            }
        }
        out.behaviour("CORE-04", "When does a Go 1.23 map grow? (load factor 6.5 per 8-slot bucket)",
                "B=0 from len 1, then B+1 at len 9, 14, 27, 53, 105 (count > 8 and count > 6.5·2^B)",
                "B steps at len " + growth.stream().map(g -> g.substring(4, 7).trim()).toList(),
                growth.stream().map(g -> g.substring(4, 7).trim()).toList().equals(List.of("1", "9", "14", "27", "53", "105")));
        out.detail(String.join("\n", growth));

        Set<List<Integer>> orders = new HashSet<>();
        for (int t = 0; t < 20; t++) {
            List<Integer> o = new ArrayList<>();
            m.forEach((k, v) -> o.add(k));
            orders.add(o.subList(0, 5));
        }
        out.behaviour("CORE-04.09", "Do two range loops over the same map agree on the order?",
                "no: each range starts at a random bucket and slot offset", orders.size() + " distinct orders in 20 ranges",
                orders.size() > 1);

        GoMap<Double, String> f = GoMap.make();
        f.put(Double.NaN, "a");
        f.put(Double.NaN, "b");
        f.put(0.0, "+0");
        f.put(-0.0, "-0");
        out.behaviour("CORE-04", "m[NaN]=a; m[NaN]=b; m[+0]=...; m[-0]=... — len(m), m[NaN] found?",
                "len 3, NaN lookup ok=false, m[0] = \"-0\"",
                "len " + f.len() + ", NaN lookup ok=" + f.getOk(Double.NaN).ok() + ", m[0] = \"" + f.get(0.0) + "\"",
                f.len() == 3 && !f.getOk(Double.NaN).ok() && f.get(0.0).equals("-0"));

        String nilMsg;
        try {
            GoMap.<String, Integer>nil().put("a", 1);
            nilMsg = "no panic";
        } catch (GoPanic p) {
            nilMsg = "panic: " + p.getMessage();
        }
        out.behaviour("CORE-04.04", "var m map[string]int; m[\"a\"] = 1?", "panic: assignment to entry in nil map",
                nilMsg, nilMsg.equals("panic: assignment to entry in nil map"));

        GoMap<Integer, Integer> sw = GoMap.swiss(0);
        List<String> swGrowth = new ArrayList<>();
        String last = "";
        for (int i = 1; i <= 5_000; i++) {
            sw.put(i, i);
            MapStats.Swiss s = (MapStats.Swiss) sw.stats();
            String shape = s.small() ? "small group" : "dir " + s.directorySize() + ", tables " + s.tables() + ", slots " + s.capacity();
            if (!shape.equals(last)) {
                swGrowth.add(String.format("len %4d → %s", i, shape));
                last = shape;
            }
        }
        out.behaviour("CORE-04 (1.24)", "How does a Go 1.24 Swiss map grow instead?",
                "small group up to 8, then one table doubling to 1024 slots (7/8 load), then splits via the directory",
                swGrowth.size() + " shape changes up to len 5000", swGrowth.getFirst().contains("small group")
                        && swGrowth.stream().anyMatch(g -> g.contains("dir 2")));
        out.detail(String.join("\n", swGrowth));
    }
}
