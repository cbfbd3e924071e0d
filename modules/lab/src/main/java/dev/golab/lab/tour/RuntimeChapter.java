package dev.golab.lab.tour;

import dev.golab.runtime.Func;
import dev.golab.runtime.GoPanic;
import java.util.ArrayList;
import java.util.List;

/** Runtime: defer, panic, recover — run live on dev.golab.runtime. */
public final class RuntimeChapter implements Chapter {
    @Override
    public String name() {
        return "runtime";
    }

    @Override
    public String title() {
        return "Runtime: goroutines, defer/panic/recover, sync, errors";
    }

    @Override
    public void run(TourOut out) {
        List<String> order = new ArrayList<>();
        Func.run(f -> {
            for (int i = 1; i <= 3; i++) f.defer(i, n -> order.add("deferred " + n));
            order.add("body end");
        });
        out.behaviour("CORE-06", "In what order do deferred calls run?",
                "body end, deferred 3, deferred 2, deferred 1 (LIFO)",
                String.join(", ", order), order.equals(List.of("body end", "deferred 3", "deferred 2", "deferred 1")));

        String seen = "";
        try {
            Func.run(f -> {
                f.defer(() -> helperRecover(f));
                throw new GoPanic("p");
            });
        } catch (GoPanic p) {
            seen = "escaped to caller: " + p.getMessage();
        }
        out.behaviour("ERR-03", "Does recover() work in a helper called by the deferred function?",
                "no: helper recover() = <nil>, the panic escapes to the caller (\"escaped to caller: p\")",
                seen, seen.equals("escaped to caller: p"));
    }

    private static void helperRecover(dev.golab.runtime.Frame<Void> f) {
        f.recover();
    }
}
