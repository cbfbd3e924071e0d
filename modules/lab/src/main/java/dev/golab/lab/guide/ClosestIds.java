package dev.golab.lab.guide;

import java.util.Comparator;
import java.util.List;

/** The known IDs nearest to a mistyped one (edit distance, same category first), for one-line errors. */
public final class ClosestIds {
    private ClosestIds() {}

    public static List<String> to(String wanted, List<String> known, int limit) {
        String w = wanted.toUpperCase();
        String cat = w.contains("-") ? w.substring(0, w.indexOf('-')) : w;
        return known.stream()
                .sorted(Comparator.comparingInt((String k) -> k.startsWith(cat + "-") ? 0 : 1)
                        .thenComparingInt(k -> distance(w, k))
                        .thenComparing(k -> k))
                .limit(limit)
                .toList();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
