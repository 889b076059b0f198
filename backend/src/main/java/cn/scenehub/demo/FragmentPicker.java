package cn.scenehub.demo;

import cn.scenehub.demo.IndustryProfiles.Sector;
import cn.scenehub.demo.Themes.Fragment;
import cn.scenehub.demo.Themes.Theme;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Picks and fills one scenario's fragments: only those that fit the sector (traits, words it
 * has), never one that restates a fact the opening gave, and it remembers the tags they earn.
 * Sentences come out ending in 。, list items without it.
 */
final class FragmentPicker {

    private static final List<String> FACTS = List.of("SKU", "员工", "成立", "年产", "工人");

    private final Sector sector;
    private final Theme theme;
    private final SplittableRandom rng;
    private final Template tpl;
    private final List<String> situation;
    private final Set<String> tags = new LinkedHashSet<>();
    private String opening = "";

    FragmentPicker(Sector sector, Theme theme, boolean small, SplittableRandom rng) {
        this.sector = sector;
        this.theme = theme;
        this.rng = rng;
        this.situation = List.of(theme.kind(), small ? "规下" : "规上");
        Template[] self = new Template[1];
        this.tpl = new Template(rng, small, name -> sector.list(name, slot -> self[0].item(slot)));
        self[0] = tpl;
    }

    /** Forget the tags and opening of a previous attempt (bound words stay, so the title still fits). */
    void restart() {
        tags.clear();
        opening = "";
    }

    void opened(String text) {
        opening = text;
    }

    Set<String> tags() {
        return tags;
    }

    String fill(String template) {
        return expand(template);
    }

    List<Fragment> usable(String part) {
        return usable(theme.part(part));
    }

    List<Fragment> usable(List<Fragment> fragments) {
        List<Fragment> out = new ArrayList<>();
        for (Fragment f : fragments) {
            if (f.fits(sector, situation) && tpl.canFill(f.text()) && agreesWithWorkshop(f.text())) {
                out.add(f);
            }
        }
        return out;
    }

    /** A line naming a workshop's fleet is no use once a workshop without one is chosen. */
    private boolean agreesWithWorkshop(String text) {
        for (String name : Template.slotNames(text)) {
            if (sector.missingFor(name, tpl.bound("workshop"))) {
                return false;
            }
        }
        return true;
    }

    /** Fills a line, choosing a workshop-tied word before the workshop so the two agree. */
    private String expand(String text) {
        if (tpl.bound("workshop") == null && text.contains("{workshop}")) {
            for (String name : Template.slotNames(text)) {
                if (sector.tiedToShops(name) && tpl.bound(name) == null) {
                    tpl.text("{" + name + "}");
                }
            }
        }
        return tpl.text(text);
    }

    /** {@code n} sentences of a part, skipping those that restate the opening's facts. */
    String sentences(String part, int n) {
        List<Fragment> from = new ArrayList<>();
        for (Fragment f : usable(part)) {
            if (!restates(f.text())) {
                from.add(f);
            }
        }
        StringBuilder b = new StringBuilder();
        for (Fragment f : some(from, n, false)) {
            b.append(sentence(f));
        }
        return b.toString();
    }

    private boolean restates(String fragment) {
        for (String fact : FACTS) {
            if (fragment.contains(fact) && opening.contains(fact)) {
                return true;
            }
        }
        return false;
    }

    /** {@code n} list items of a part, in the order the theme lists them. */
    List<String> items(String part, int n) {
        List<String> items = new ArrayList<>();
        for (Fragment f : some(usable(part), n, true)) {
            items.add(strip(use(f)));
        }
        return items;
    }

    /** Up to {@code n} distinct fragments; in their written order when {@code ordered}. */
    List<Fragment> some(List<Fragment> from, int n, boolean ordered) {
        List<Integer> idx = new ArrayList<>();
        while (idx.size() < Math.min(n, from.size())) {
            int k = rng.nextInt(from.size());
            if (!idx.contains(k)) {
                idx.add(k);
            }
        }
        if (ordered) {
            idx.sort(Integer::compare);
        }
        List<Fragment> out = new ArrayList<>();
        for (int k : idx) {
            out.add(from.get(k));
        }
        return out;
    }

    Fragment one(List<Fragment> from) {
        if (from.isEmpty()) {
            throw new IllegalStateException("theme " + theme.key() + " has nothing usable for sector " + sector.key());
        }
        return from.get(rng.nextInt(from.size()));
    }

    String use(Fragment f) {
        tags.addAll(f.tags());
        return expand(f.text());
    }

    String sentence(Fragment f) {
        return ending(use(f));
    }

    static String ending(String s) {
        String t = strip(s);
        return t.endsWith("，") ? t : t + "。";
    }

    static String strip(String s) {
        String t = s.trim();
        while (t.endsWith("。") || t.endsWith("；")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    boolean chance(int percent) {
        return rng.nextInt(100) < percent;
    }

    String pick(String... options) {
        return options[rng.nextInt(options.length)];
    }
}
