package dev.golab.lab.guide;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Guide: which IDs does a test's display name carry?")
class IdRefsTest {
    @Test
    @DisplayName("a full ID anywhere in the text, item or question")
    void fullIdsAnywhere() {
        assertThat(IdRefs.parse("Q: what does delete do (cross-ref CORE-04.03)? see also RT-07"))
                .containsExactly("CORE-04.03", "RT-07");
    }

    @Test
    @DisplayName("short forms continue the previous ID: NN.MM in the category, NN or An in the question")
    void shortFormsContinueThePreviousId() {
        assertThat(IdRefs.parse("CONC-01.01 / 01.02 Q: …")).containsExactly("CONC-01.01", "CONC-01.02");
        assertThat(IdRefs.parse("AI-07.03/05 Q: …")).containsExactly("AI-07.03", "AI-07.05");
        assertThat(IdRefs.parse("CONC-04.04/A1/A2 Q: …")).containsExactly("CONC-04.04", "CONC-04.A1", "CONC-04.A2");
        assertThat(IdRefs.parse("ERR-01/02/04/05 errors as values")).containsExactly("ERR-01", "ERR-02", "ERR-04", "ERR-05");
    }

    @Test
    @DisplayName("a dash range names every item in between")
    void rangesExpand() {
        assertThat(IdRefs.parse("ERR-03.01–03.04 Q")).containsExactlyInAnyOrder("ERR-03.01", "ERR-03.02", "ERR-03.03", "ERR-03.04");
        assertThat(IdRefs.parse("RT-04.02–.04")).containsExactlyInAnyOrder("RT-04.02", "RT-04.03", "RT-04.04");
    }

    @Test
    @DisplayName("numbers that are not short IDs stay numbers: a new full ID, a count, a word")
    void plainNumbersAreNotIds() {
        assertThat(IdRefs.parse("CONC-06 / CONC-08 linearizability")).containsExactly("CONC-06", "CONC-08");
        assertThat(IdRefs.parse("CORE-03.05, 10 elements; CONC-02 100000 trials")).containsExactly("CORE-03.05", "CONC-02");
        assertThat(IdRefs.parse("I3 close wakes every blocked receiver")).isEmpty();
    }
}
