package dev.golab.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golab.chan.Chan;
import dev.golab.chan.Select;
import dev.golab.runtime.Go;
import dev.golab.testkit.Synctest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** CONC-03.06: ctx.Done() as a select case, in a synctest bubble (virtual time, no real waiting). */
@DisplayName("CONC-03 select with ctx.Done()")
class CtxDoneSelectAnswersTest {

    @Test
    @DisplayName("CONC-03.06 Q: when does `case <-ctx.Done()` fire, and what is ctx.Err() then? (at cancel / deadline: Canceled / DeadlineExceeded)")
    void ctxDoneFiresOnCancelOrDeadline() {
        List<String> log = new ArrayList<>();
        Synctest.run(() -> {
            Chan<Integer> never = Chan.make();
            try (CancelContext ctx = Context.withTimeout(Context.background(), Duration.ofSeconds(5))) {
                int chosen = Select.select(Select.recv(never), Select.recv(ctx.done()));
                log.add(chosen + " after " + Synctest.elapsed().toSeconds() + "s: " + ctx.err().getMessage());
            }
            CancelContext ctx = Context.withCancel(Context.background());
            Go.go(ctx::cancel);
            int chosen = Select.select(Select.recv(never), Select.recv(ctx.done()));
            log.add(chosen + ": " + ctx.err().getMessage());
        });
        assertThat(log).containsExactly("1 after 5s: context deadline exceeded", "1: context canceled");
    }

}
