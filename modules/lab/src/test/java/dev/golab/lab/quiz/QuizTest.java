package dev.golab.lab.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("golab quiz: does each topic judge the model's own answer right and a wrong one wrong?")
class QuizTest {
    @Test
    @DisplayName("for 200 seeded rounds per topic, the computed answer is right and nonsense is wrong")
    void theModelsAnswerIsRightAndNonsenseIsWrong() {
        Random rnd = new Random(20261204);
        for (Topic t : Topic.all()) {
            for (int i = 0; i < 200; i++) {
                Round r = t.next(rnd);
                assertThat(r.judge(r.answer())).as(t.name() + ": " + r.prompt()).isTrue();
                assertThat(r.judge("not an answer")).as(t.name()).isFalse();
                assertThat(r.id()).matches("[A-Z]+-\\d\\d\\.(\\d\\d|A\\d)");
            }
        }
    }
}
