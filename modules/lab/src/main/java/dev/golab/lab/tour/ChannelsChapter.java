package dev.golab.lab.tour;

import dev.golab.chan.Chan;
import dev.golab.chan.HchanChannel;
import dev.golab.chan.Recv;
import dev.golab.chan.SegmentChannel;
import dev.golab.chan.Select;
import dev.golab.runtime.Go;
import dev.golab.runtime.GoPanic;
import dev.golab.runtime.Goroutine;
import dev.golab.runtime.WaitReason;
import dev.golab.runtime.Clock;
import dev.golab.time.Time;
import dev.golab.runtime.VirtualClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Channels and select, run live on dev.golab.chan: rendezvous order, close drain, the select
 * distribution histogram, a timeout on a virtual clock, and the same program on both models.
 */
public final class ChannelsChapter implements Chapter {
    @Override
    public String name() {
        return "channels";
    }

    @Override
    public String title() {
        return "Channels: rendezvous, buffers, close, select, timers (chan.Hchan and chan.Segment)";
    }

    @Override
    public void run(TourOut out) throws Exception {
        rendezvous(out);
        closeDrain(out);
        selectHistogram(out);
        timeout(out);
        bothModels(out);
    }

    private static void rendezvous(TourOut out) {
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        Chan<String> c = Chan.make();
        Goroutine sender = Go.go(() -> {
            events.add("sender: ch <- \"hi\" starts");
            c.send("hi");
            events.add("sender: send returned");
        });
        Waits.until("the sender to block in chan send", () -> sender.waitReason() == WaitReason.CHAN_SEND);
        events.add("main: sender is blocked [" + sender.waitReason() + "]");
        events.add("main: <-ch starts");
        String v = c.recv();
        events.add("main: received " + v);
        Waits.ended("the sender to return", sender);
        // The guarantee: the send cannot return before a receiver takes the value. (Whether the
        // receiver's next line or the sender's next line prints first afterwards is a race, in Go too.)
        boolean ok = events.indexOf("main: <-ch starts") < events.indexOf("sender: send returned")
                && events.get(1).startsWith("main: sender is blocked");
        out.behaviour("CONC-02.01", "Does an unbuffered send complete before a receiver takes the value?",
                "no: the sender blocks [chan send] until the receive (oracle: completed_before_receive=false)",
                String.join("\n", events), ok);
    }

    private static void closeDrain(TourOut out) {
        Chan<Integer> c = Chan.make(3);
        c.send(10);
        c.send(20);
        c.close();
        String lenCap = "len " + c.len() + ", cap " + c.cap();
        List<String> got = new ArrayList<>();
        for (int i = 0; i < 4; i++) got.add(c.recvOk().toString());
        String panic;
        try {
            c.send(1);
            panic = "no panic";
        } catch (GoPanic p) {
            panic = "panic: " + p.getMessage();
        }
        String model = lenCap + "; receives " + String.join(" ", got) + "; then c <- 1: " + panic;
        out.behaviour("CORE-05.08", "c := make(chan int, 3); c <- 10; c <- 20; close(c): what do 4 receives give?",
                "len 2, cap 3; receives (10, true) (20, true) (0, false) (0, false); then c <- 1: panic: send on closed channel",
                model.replace("<nil>", "0"),
                model.equals("len 2, cap 3; receives (10, true) (20, true) (<nil>, false) (<nil>, false); then c <- 1: panic: send on closed channel"));
    }

    private static void selectHistogram(TourOut out) {
        int rounds = 100_000;
        int n = 3;
        List<Chan<Integer>> cs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Chan<Integer> c = Chan.make();
            c.close();
            cs.add(c);
        }
        int[] counts = new int[n];
        for (int r = 0; r < rounds; r++) {
            counts[Select.select(Select.recv(cs.get(0)), Select.recv(cs.get(1)), Select.recv(cs.get(2)))]++;
        }
        double sigma = Math.sqrt(rounds * (1.0 / n) * (1 - 1.0 / n));
        boolean ok = true;
        StringBuilder hist = new StringBuilder();
        for (int i = 0; i < n; i++) {
            double z = (counts[i] - rounds / (double) n) / sigma;
            ok &= Math.abs(z) < 6;
            hist.append(String.format("case %d %-40s %6d  (%+.1fσ)%n", i, "#".repeat((int) Math.round(counts[i] * 30.0 / (rounds / (double) n))), counts[i], z));
        }
        out.behaviour("CONC-03.02", "select over 3 closed channels, 100,000 times: which case runs?",
                "uniformly random: oracle at 10^6 rounds [333530, 333443, 333027]",
                String.format("%d / %d / %d", counts[0], counts[1], counts[2]), ok);
        out.detail(hist.toString().stripTrailing());
    }

    private static void timeout(TourOut out) throws Exception {
        VirtualClock clock = new VirtualClock();
        AtomicReference<String> branch = new AtomicReference<>("(blocked)");
        StringBuilder steps = new StringBuilder();
        Clock.runWith(clock, null, () -> {
            Chan<String> result = Chan.make();
            Goroutine g = Go.go(() -> Select.select(
                    Select.recv(result, v -> branch.set("result " + v)),
                    Select.recv(Time.after(Duration.ofSeconds(5)), t -> branch.set("timeout at +" + Duration.between(VirtualClock.EPOCH, t).toSeconds() + "s"))));
            Waits.until("the goroutine to block in select", () -> g.waitReason() == WaitReason.SELECT);
            clock.advance(Duration.ofMillis(4999));
            steps.append("after 4.999s (virtual): ").append(branch.get()).append('\n');
            clock.advance(Duration.ofMillis(1));
            Waits.ended("the select to take the timeout branch", g);
            steps.append("after 5s (virtual):     ").append(branch.get());
            return null;
        });
        out.behaviour("CONC-03.03", "select { case r := <-result: … case <-time.After(5 * time.Second): … } with no result?",
                "blocked until 5 s have passed, then the timeout branch (one timer in the runtime heap, no thread)",
                steps.toString(), branch.get().equals("timeout at +5s"));
    }

    private static void bothModels(TourOut out) {
        StringBuilder sb = new StringBuilder();
        boolean ok = true;
        for (Chan<Integer> c : List.of(new HchanChannel<Integer>(2), new SegmentChannel<Integer>(2))) {
            Go.go(() -> {
                for (int i = 1; i <= 5; i++) c.send(i * i);
                c.close();
            });
            List<Integer> got = new ArrayList<>();
            for (int v : c) got.add(v);
            Recv<Integer> after = c.recvOk();
            String name = c instanceof HchanChannel ? "chan.Hchan  " : "chan.Segment";
            sb.append(name).append(": range gives ").append(got).append(", then ").append(after).append('\n');
            ok &= got.equals(List.of(1, 4, 9, 16, 25)) && !after.ok();
        }
        out.behaviour("CONC-05.01", "A generator goroutine squares 1..5 into make(chan int, 2) and closes it; what does range see?",
                "1 4 9 16 25, then the loop ends; (0, false) afterwards — on either mechanism",
                sb.toString().stripTrailing(), ok);
    }
}
