package dev.golab.lang.types;

import java.util.List;

/*
 * Go behaviour:    a selector x.f denotes the field or method f at the shallowest depth at which T
 *                  has one (spec "Selectors"); its depth is the number of embedded fields walked.
 * Model:           the path of embedded fields walked, then either a field or a method. indirect
 *                  records whether the walk went through a pointer (x itself, or an embedded *T).
 * Invariants:      LANG-I17 depth() == path().size().
 * Differs from Go: none in meaning (go/types.Selection carries the same three facts).
 * See:             EmbeddingAnswersTest, MethodSets.
 */
public record Selection(List<Field> path, Field field, Method method, boolean indirect) {
    public Selection {
        path = List.copyOf(path);
        if ((field == null) == (method == null)) throw new IllegalArgumentException("a field or a method");
    }

    public int depth() {
        return path.size();
    }

    public boolean isMethod() {
        return method != null;
    }

    /** Promoted: found through at least one embedded field. */
    public boolean promoted() {
        return !path.isEmpty();
    }
}
