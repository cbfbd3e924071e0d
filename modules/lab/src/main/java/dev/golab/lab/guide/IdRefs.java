package dev.golab.lab.guide;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The question and checklist IDs a display name carries. Full IDs count anywhere in the text; a short
 * form right after one continues it, as the tests write them:
 * <ul>
 *   <li>{@code CONC-01.01 / 01.02} → CONC-01.02 (NN.MM: an item of the same category);</li>
 *   <li>{@code AI-07.03/05}, {@code CONC-04.04/A1/A2} → AI-07.05, CONC-04.A1, CONC-04.A2 (an item of the same question);</li>
 *   <li>{@code ERR-01/02/04} → ERR-02, ERR-04 (after a question ID: a question of the same category);</li>
 *   <li>{@code ERR-03.01–03.08} or {@code ERR-03.01–.08} → every item in between.</li>
 * </ul>
 */
public final class IdRefs {
    private static final Pattern FULL = Pattern.compile("\\b(CORE|RT|CONC|IFACE|ERR|STD|TEST|MS|PERF|AI)-(\\d{2})(?:\\.(\\d{2}|A\\d{1,2}))?\\b");
    private static final Pattern SHORT = Pattern.compile("\\G\\s*([/&–])\\s*\\.?(\\d{2}\\.(?:\\d{2}|A\\d{1,2})|\\d{2}|A\\d{1,2})\\b(?!-)");

    private IdRefs() {}

    public static Set<String> parse(String text) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher full = FULL.matcher(text);
        while (full.find()) {
            String cat = full.group(1);
            String question = full.group(2);
            String item = full.group(3);
            ids.add(item == null ? cat + "-" + question : cat + "-" + question + "." + item);
            Matcher shortForm = SHORT.matcher(text);
            int at = full.end();
            while (at < text.length() && shortForm.find(at) && shortForm.start() == at) {
                String sep = shortForm.group(1);
                String s = shortForm.group(2);
                String next;
                if (s.contains(".")) {
                    next = cat + "-" + s;                            // 01.02 → CONC-01.02
                } else if (item == null && !s.startsWith("A")) {
                    next = cat + "-" + s;                            // ERR-01/02 → ERR-02
                } else {
                    next = cat + "-" + question + "." + s;           // .03/05 → same question
                }
                if (sep.equals("–") && item != null && !s.startsWith("A") && next.contains(".")) {
                    addRange(ids, cat + "-" + question + "." + item, next);
                }
                ids.add(next);
                int dot = next.indexOf('.');
                question = next.substring(next.indexOf('-') + 1, dot < 0 ? next.length() : dot);
                item = dot < 0 ? null : next.substring(dot + 1);
                at = shortForm.end();
            }
        }
        return ids;
    }

    /** ERR-03.01–03.05: the numbered items strictly between the two ends (both ends are added by the caller). */
    private static void addRange(Set<String> ids, String from, String to) {
        String q = Catalogue.questionIdOf(from);
        if (!q.equals(Catalogue.questionIdOf(to))) return;
        String a = from.substring(from.indexOf('.') + 1);
        String b = to.substring(to.indexOf('.') + 1);
        if (a.startsWith("A") || b.startsWith("A")) return;
        for (int n = Integer.parseInt(a) + 1; n < Integer.parseInt(b); n++) ids.add(q + "." + String.format("%02d", n));
    }
}
