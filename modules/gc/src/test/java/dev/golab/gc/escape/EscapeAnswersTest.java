package dev.golab.gc.escape;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golab.gc.escape.EscapeAnalysis.Alloc;
import dev.golab.gc.escape.EscapeAnalysis.Closure;
import dev.golab.gc.escape.EscapeAnalysis.Decision;
import dev.golab.gc.escape.EscapeAnalysis.Declare;
import dev.golab.gc.escape.EscapeAnalysis.ReturnAddr;
import dev.golab.gc.escape.EscapeAnalysis.ReturnValue;
import dev.golab.gc.escape.EscapeAnalysis.Send;
import dev.golab.gc.escape.EscapeAnalysis.StoreAddr;
import dev.golab.gc.escape.EscapeAnalysis.Target;
import dev.golab.gc.escape.EscapeAnalysis.ToInterface;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** RT-02: escape decisions as `go build -gcflags=-m` prints them (Go 1.23). */
@DisplayName("RT-02 Q: what is escape analysis, and when do variables escape to the heap?")
class EscapeAnswersTest {
    static List<String> messages(EscapeAnalysis.Stmt... body) {
        return EscapeAnalysis.classify(List.of(body)).stream().map(Decision::message).filter(m -> !m.isEmpty()).toList();
    }

    @Test
    @DisplayName("RT-02.01 Q: does returning a value or its address move the local to the heap?")
    void returnByValueStaysReturningAddressMovesToHeap() {
        assertThat(messages(new Declare("x", 8), new ReturnValue("x"))).isEmpty();
        assertThat(messages(new Declare("x", 8), new ReturnAddr("x"))).containsExactly("moved to heap: x");
    }

    @Test
    @DisplayName("RT-02.02 Q: does storing &x in a structure that outlives the function make x escape?")
    void storingAnAddressInALongerLivedStructureEscapes() {
        assertThat(messages(new Declare("x", 8), new StoreAddr("x", Target.GLOBAL))).containsExactly("moved to heap: x");
        assertThat(messages(new Declare("x", 8), new StoreAddr("x", Target.PARAM_POINTEE))).containsExactly("moved to heap: x");
        assertThat(messages(new Declare("x", 8), new StoreAddr("x", Target.LOCAL))).as("a local struct that dies with the frame").isEmpty();
    }

    @Test
    @DisplayName("RT-02.03 Q: does a variable captured by a closure escape?")
    void captureByAnEscapingClosureMovesTheVariable() {
        assertThat(messages(new Declare("count", 8), new Closure("count", true))).containsExactly("moved to heap: count");
        assertThat(messages(new Declare("count", 8), new Closure("count", false))).containsExactly("func literal does not escape");
    }

    @Test
    @DisplayName("RT-02.04 Q: are large variables and non-constant makes heap-allocated?")
    void tooLargeOrNonConstantSizeGoesToTheHeap() {
        assertThat(messages(new Alloc("make([]byte, 1024)", 1024, true, false))).containsExactly("make([]byte, 1024) does not escape");
        assertThat(messages(new Alloc("make([]byte, 65537)", 65537, true, false))).containsExactly("make([]byte, 65537) escapes to heap");
        assertThat(messages(new Alloc("make([]byte, 65536)", 65536, true, false))).containsExactly("make([]byte, 65536) does not escape");
        assertThat(messages(new Alloc("make([]byte, n)", 16, false, false))).containsExactly("make([]byte, n) escapes to heap");
        assertThat(messages(new Declare("buf", 11L << 20))).containsExactly("moved to heap: buf");   // explicit var > 10 MiB
        assertThat(messages(new Declare("buf", 1L << 20))).isEmpty();                                // 1 MiB array var: stack
    }

    @Test
    @DisplayName("RT-02.05 Q: does storing a value in an interface allocate? (fmt.Println)")
    void interfaceArgumentsOfFmtPrintlnEscapeButSmallValuesDoNotAllocate() {
        List<Decision> d = EscapeAnalysis.classify(List.of(new ToInterface("x", true, null, 8)));
        assertThat(d.get(0).message()).isEqualTo("x escapes to heap");
        assertThat(d.get(0).allocates()).isTrue();
        assertThat(EscapeAnalysis.classify(List.of(new ToInterface("42", true, 42L, 8))).get(0).allocates()).as("constant").isFalse();
        assertThat(EscapeAnalysis.classify(List.of(new ToInterface("struct{}{}", true, null, 0))).get(0).allocates()).as("zero-size").isFalse();
        assertThat(EscapeAnalysis.boxingAllocates(200, 8)).as("staticuint64s covers 0..255").isFalse();
        assertThat(EscapeAnalysis.boxingAllocates(256, 8)).isTrue();
        assertThat(messages(new ToInterface("x", false, null, 8))).as("a callee that does not keep it").containsExactly("x does not escape");
    }

    @Test
    @DisplayName("RT-02.05 Q: does sending on a channel make a value escape (seed correction)?")
    void sendingAValueCopiesSendingAPointerEscapes() {
        assertThat(messages(new Declare("v", 16), new Send("v", false))).isEmpty();
        assertThat(messages(new Declare("v", 16), new Send("v", true))).containsExactly("moved to heap: v");
    }
}
