package cn.scenehub.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One filling session of the demo's small template language, used for one scenario or provider
 * so that a slot named twice reads the same both times.
 *
 * <ul>
 *   <li>{@code {a|b|c}} one of the alternatives (they may be empty or contain braces);</li>
 *   <li>{@code {#20-80}}, {@code {#100-900:50}}, {@code {#0.5-3.0}} a number in the range;
 *       {@code {##20-80}} a count that grows with the company (a small one draws from the
 *       bottom quarter of the range); {@code {#h=4-8}} a number named {@code h}, the same
 *       wherever {@code {#h=…}} appears again in the session;</li>
 *   <li>{@code {product}} an item of the list {@code product}, the same item for the whole session;
 *       {@code {product2}} another item of it; {@code {product*}} two or three of it joined by 、;
 *       {@code {product~}} a fresh item each time.</li>
 * </ul>
 */
final class Template {

    private static final Pattern SLOT = Pattern.compile("\\{([a-z]+)[0-9*~]?}");

    private final SplittableRandom rng;
    private final boolean small;
    private final Function<String, List<String>> lists;
    private final Map<String, String> bound = new HashMap<>();
    private final Map<String, String> raw = new HashMap<>();

    Template(SplittableRandom rng, Function<String, List<String>> lists) {
        this(rng, false, lists);
    }

    Template(SplittableRandom rng, boolean small, Function<String, List<String>> lists) {
        this.rng = rng;
        this.small = small;
        this.lists = lists;
    }

    SplittableRandom rng() {
        return rng;
    }

    /** Whether every list slot that {@code template} names has items here. */
    boolean canFill(String template) {
        for (String name : slotNames(template)) {
            List<String> items = lists.apply(name);
            if (items == null || items.isEmpty()) {
                return false;
            }
        }
        return true;
    }

    void bind(String name, String value) {
        bound.put(name, value);
    }

    /** What slot {@code name} was filled with in this session, or null. */
    String bound(String name) {
        return bound.get(name);
    }

    /** The list item slot {@code name} was filled from, before its own slots were filled. */
    String item(String name) {
        return raw.get(name);
    }

    String text(String template) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{') {
                int end = closing(template, i);
                out.append(evaluate(template.substring(i + 1, end)));
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private String evaluate(String inner) {
        List<String> alternatives = splitTopLevel(inner, '|');
        if (alternatives.size() > 1) {
            return text(alternatives.get(rng.nextInt(alternatives.size())));
        }
        int eq = inner.indexOf('=');
        if (inner.startsWith("#") && eq > 0) {
            String key = "#" + inner.substring(inner.startsWith("##") ? 2 : 1, eq);
            String spec = (inner.startsWith("##") ? "##" : "#") + inner.substring(eq + 1);
            String value = bound.get(key);
            if (value == null) {
                value = evaluate(spec);
                bound.put(key, value);
            }
            return value;
        }
        if (inner.startsWith("##")) {
            return number(inner.substring(2), small);
        }
        if (inner.startsWith("#")) {
            return number(inner.substring(1), false);
        }
        return slot(inner);
    }

    private String number(String spec, boolean bottomQuarter) {
        String range = spec;
        int step = 1;
        int colon = spec.indexOf(':');
        if (colon > 0) {
            range = spec.substring(0, colon);
            step = Integer.parseInt(spec.substring(colon + 1));
        }
        int dash = range.indexOf('-', 1);
        String lo = range.substring(0, dash);
        String hi = range.substring(dash + 1);
        if (lo.contains(".") || hi.contains(".")) {
            int scale = Math.max(decimals(lo), decimals(hi));
            double factor = StrictMath.pow(10, scale);
            long a = Math.round(Double.parseDouble(lo) * factor);
            long b = Math.round(Double.parseDouble(hi) * factor);
            long v = a + rng.nextLong(b - a + 1);
            return String.format(java.util.Locale.ROOT, "%." + scale + "f", v / factor);
        }
        int a = Integer.parseInt(lo);
        int b = Integer.parseInt(hi);
        int steps = (b - a) / step;
        if (bottomQuarter) {
            // a small firm: from half the low end to a sixth of the way up
            int high = a + (b - a) / 6;
            a = Math.max(step, a / 2 / step * step);
            steps = Math.max(0, (high - a) / step);
        }
        return Integer.toString(a + step * rng.nextInt(steps + 1));
    }

    private static int decimals(String n) {
        int dot = n.indexOf('.');
        return dot < 0 ? 0 : n.length() - dot - 1;
    }

    private String slot(String spec) {
        char last = spec.charAt(spec.length() - 1);
        String name = Character.isLetter(last) ? spec : spec.substring(0, spec.length() - 1);
        List<String> items = lists.apply(name);
        if (items == null || items.isEmpty()) {
            throw new IllegalStateException("no items for {" + spec + "}");
        }
        if (last == '~') {
            return text(items.get(rng.nextInt(items.size())));
        }
        if (last == '*') {
            return several(spec, name, items);
        }
        String value = bound.get(spec);
        if (value == null) {
            String item = fresh(name, items);
            raw.put(spec, item);
            value = text(item);
            bound.put(spec, value);
        }
        return value;
    }

    /** An item not yet bound to another slot of the same list, when there is one. */
    private String fresh(String name, List<String> items) {
        List<String> free = new ArrayList<>();
        for (String item : items) {
            boolean used = false;
            for (Map.Entry<String, String> e : bound.entrySet()) {
                if (e.getKey().startsWith(name) && (e.getValue().equals(item) || item.equals(raw.get(e.getKey())))) {
                    used = true;
                    break;
                }
            }
            if (!used) {
                free.add(item);
            }
        }
        List<String> from = free.isEmpty() ? items : free;
        return from.get(rng.nextInt(from.size()));
    }

    private String several(String spec, String name, List<String> items) {
        String value = bound.get(spec);
        if (value != null) {
            return value;
        }
        int n = Math.min(items.size(), 2 + rng.nextInt(2));
        List<Integer> picked = new ArrayList<>();
        String single = bound.get(name);
        if (single != null && items.contains(single)) {
            picked.add(items.indexOf(single));
        }
        while (picked.size() < n) {
            int k = rng.nextInt(items.size());
            if (!picked.contains(k)) {
                picked.add(k);
            }
        }
        picked.sort(Integer::compare);
        List<String> chosen = new ArrayList<>();
        for (int k : picked) {
            chosen.add(items.get(k));
        }
        value = String.join("、", chosen);
        bound.put(spec, value);
        return value;
    }

    static Set<String> slotNames(String template) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = SLOT.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static int closing(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalStateException("unbalanced braces in: " + s);
    }

    static List<String> splitTopLevel(String s, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            } else if (c == separator && depth == 0) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(s.substring(start));
        return parts;
    }
}
