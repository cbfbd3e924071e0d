package dev.golab.lab.quiz;

import dev.golab.runtime.Frame;
import dev.golab.runtime.Func;
import dev.golab.runtime.GoPanic;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.random.RandomGenerator;

/** ERR-03.02 / ERR-03.03: what recover() returns where it is called, run live on the lab's Func/Frame. */
final class RecoverRules implements Topic {
    private record Case(String id, String code, String why, boolean helper, boolean panics) {}

    private static final List<Case> CASES = List.of(
            new Case("ERR-03.02", "defer func() { r = recover() }()\npanic(\"boom\")",
                    "recover() called directly by a deferred function of the panicking frame returns the panic value.", false, true),
            new Case("ERR-03.03", "defer func() { helper() }()   // func helper() { r = recover() }\npanic(\"boom\")",
                    "recover() only works when called directly by the deferred function; one call deeper it returns nil and the panic goes on.", true, true),
            new Case("ERR-03.03", "defer func() { r = recover() }()\nreturn   // no panic",
                    "with no panic in progress recover() returns nil.", false, false));

    @Override
    public String name() {
        return "recover";
    }

    @Override
    public Round next(RandomGenerator rnd) {
        Case c = CASES.get(rnd.nextInt(CASES.size()));
        AtomicReference<Object> r = new AtomicReference<>();
        try {
            Func.run(f -> {
                if (c.helper()) f.defer(() -> helper(f, r));
                else f.defer(() -> r.set(f.recover()));
                if (c.panics()) throw new GoPanic("boom");
            });
        } catch (GoPanic escaped) {
            // the panic went on: recover() did not stop it
        }
        String answer = r.get() == null ? "nil" : String.valueOf(r.get());
        return new Round(c.id(), c.code() + "\nWhat is r? (a value, or nil)", answer,
                p -> p.replace("\"", "").equals(answer.toLowerCase()), c.why());
    }

    private static void helper(Frame<Void> f, AtomicReference<Object> r) {
        r.set(f.recover());
    }
}
