package dev.golab.lab.quiz;

import java.util.function.Predicate;

/**
 * One quiz question, already answered by the model: the prompt, what the model computed just now,
 * how to judge the reader's prediction, and the one-line why.
 *
 * @param id     the checklist ID the question exercises (CORE-03.05, CONC-03.02, …)
 * @param prompt the question, Go code included
 * @param answer what the lab's model computed, as the reader should have typed it
 * @param right  whether a typed prediction counts as right (trimmed, lower-case)
 * @param why    one line: the rule that produces the answer
 */
public record Round(String id, String prompt, String answer, Predicate<String> right, String why) {
    public boolean judge(String prediction) {
        return right.test(prediction.strip().toLowerCase());
    }
}
