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
 * Writes the title and 需求描述 of one scenario from a sector's words and a theme's building
 * blocks. Who writes decides the form: a workshop manager's two-line note, a plain paragraph,
 * a brief with a list of what to build, the numbered 一、二、三 of a formal application, or a
 * consultant's 项目背景/建设内容/指标要求. The parts are picked and filled at random, so two
 * scenarios on the same theme in the same trade still read differently.
 */
final class ScenarioWriter {

    static final int MAX_LENGTH = 600;
    static final int MIN_LENGTH = 80;

    record Text(String title, String description, List<String> techTags, List<String> modes) {
    }

    private enum Style { NOTE, PLAIN, PAINFIRST, BRIEF, BULLETS, NUMBERED, CONSULTANT }

    private final Sector sector;
    private final Theme theme;
    private final boolean small;
    private final SplittableRandom rng;
    private final Template tpl;
    private static final List<String> FACTS = List.of("SKU", "员工", "成立", "年产", "工人");

    private final Set<String> tags = new LinkedHashSet<>();
    private String written = "";

    private ScenarioWriter(Sector sector, Theme theme, boolean small, SplittableRandom rng) {
        this.sector = sector;
        this.theme = theme;
        this.small = small;
        this.rng = rng;
        this.tpl = new Template(rng, small, sector::list);
    }

    /** Whether the theme has every part a description needs in this sector's words. */
    static boolean canWrite(Sector sector, Theme theme) {
        ScenarioWriter probe = new ScenarioWriter(sector, theme, false, new SplittableRandom(0));
        for (String part : List.of("title", "state", "pain", "goal", "scope", "target")) {
            if (probe.usable(theme.part(part)).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    static Text write(Sector sector, Theme theme, boolean small, SplittableRandom rng) {
        return new ScenarioWriter(sector, theme, small, rng).write();
    }

    private Text write() {
        String title = tpl.text(one(usable(theme.part("title"))).text());
        Style style = style();
        int shrink = 0;
        String description = compose(style, shrink);
        while (description.length() > MAX_LENGTH && shrink < 4) {
            description = compose(style, ++shrink);
        }
        if (description.length() > MAX_LENGTH) {
            description = compose(Style.PLAIN, 3);
        }
        for (int more = -1; description.length() < MIN_LENGTH && more >= -3; more--) {
            description = compose(style, more);
        }
        // the theme's own tags as far as the text names them, then what the chosen parts earned
        String all = title + description;
        List<String> techTags = new ArrayList<>(List.of(theme.tags().get(0)));
        List<String> known = new ArrayList<>(theme.tags());
        known.addAll(theme.items("ptags"));
        for (String t : known) {
            if (all.contains(t) && !techTags.contains(t) && techTags.size() < 3) {
                techTags.add(t);
            }
        }
        for (String t : tags) {
            if (!techTags.contains(t) && techTags.size() < 4) {
                techTags.add(t);
            }
        }
        List<String> modes = new ArrayList<>();
        for (String m : Themes.MODES) {
            if (theme.modes().contains(m) || theme.extraModes().contains(m) && rng.nextInt(100) < 35) {
                modes.add(m);
            }
        }
        return new Text(title, description, techTags, modes);
    }

    private Style style() {
        int r = rng.nextInt(100);
        if (small) {
            return r < 40 ? Style.NOTE : r < 65 ? Style.PLAIN : r < 80 ? Style.PAINFIRST : r < 92 ? Style.BULLETS : Style.BRIEF;
        }
        return r < 10 ? Style.NOTE : r < 28 ? Style.PLAIN : r < 38 ? Style.PAINFIRST : r < 60 ? Style.BRIEF
                : r < 74 ? Style.BULLETS : r < 88 ? Style.NUMBERED : Style.CONSULTANT;
    }

    private String compose(Style style, int shrink) {
        tags.clear();
        written = "";
        StringBuilder b = new StringBuilder();
        switch (style) {
            case NOTE -> {
                if (chance(45)) {
                    b.append(tpl.text(one(Themes.common("who")).text()));
                }
                b.append(sentences("pain", shrink < 0 ? 2 : 1));
                if (shrink < 0 || chance(35 - shrink * 10)) {
                    b.append(sentences("state", 1));
                }
                b.append(ask());
                if (chance(20)) {
                    b.append(sentence(one(Themes.common("closing"))));
                }
            }
            case PLAIN -> {
                b.append(opening(shrink));
                b.append(sentences("state", 1));
                b.append(sentences("pain", Math.max(1, 2 - shrink)));
                b.append(sentences("goal", 1));
                b.append(targets(Math.max(1, 2 - shrink / 2), pick("目标：", "要求", "预期达到", "验收指标：")));
                if (chance(50 - shrink * 15)) {
                    b.append(constraints(1));
                }
            }
            case PAINFIRST -> {
                b.append(pick("当前痛点：", "现状与问题：", "存在问题："));
                b.append(sentences("state", 1)).append(sentences("pain", Math.max(1, 2 - shrink)));
                b.append(pick("需求：", "希望：", "需求描述："));
                b.append(chance(50) ? ask() : sentences("goal", 1));
                b.append(targets(Math.max(1, 2 - shrink), pick("目标", "目标：", "指标：")));
            }
            case BRIEF -> {
                b.append(opening(shrink));
                b.append(sentences("state", Math.max(1, 2 - shrink)));
                b.append(sentences("pain", Math.max(1, 2 - shrink / 2)));
                b.append(pick("需求：", "本次需求：", "为此，", "因此，"));
                b.append(sentences("goal", 1));
                b.append(scopeInline(Math.max(2, 4 - shrink)));
                b.append(targets(Math.max(1, 3 - shrink), pick("目标：", "指标要求：", "要求")));
                b.append(constraints(Math.max(0, 2 - shrink)));
            }
            case BULLETS -> {
                b.append(opening(shrink));
                b.append(sentences("pain", Math.max(1, 2 - shrink)));
                b.append(pick("具体需求如下：", "主要需求：", "需求包括：", "希望实现以下功能："));
                b.append(numbered(Math.max(3, 5 - shrink), "%d.", "；"));
                b.append(targets(1, pick("目标：", "要求")));
                b.append(constraints(shrink > 1 ? 0 : 1));
            }
            case NUMBERED -> {
                b.append("一、现状：").append(opening(shrink + 1)).append(sentences("state", Math.max(1, 2 - shrink)));
                b.append(pick("二、存在问题：", "二、主要痛点：", "二、问题："));
                b.append(sentences("pain", Math.max(1, 3 - shrink)));
                b.append(pick("三、建设内容：", "三、需求：", "三、建设需求："));
                b.append(sentences("goal", 1));
                if (shrink < 3) {
                    b.append(pick("主要包括", "具体包括")).append(numbered(Math.max(3, 5 - shrink), "（%d）", "；"));
                }
                b.append(pick("四、预期目标：", "四、验收指标：", "四、目标："));
                b.append(targets(Math.max(1, 3 - shrink), ""));
                if (shrink < 3) {
                    b.append("五、其他要求：").append(constraints(Math.max(1, 3 - shrink)));
                }
            }
            case CONSULTANT -> {
                b.append("项目背景：").append(opening(shrink + 1)).append(sentences("state", 1));
                b.append(sentences("pain", Math.max(1, 2 - shrink)));
                b.append("建设内容：").append(scopeList(Math.max(3, 5 - shrink)));
                b.append(pick("指标要求：", "预期成效：")).append(targets(Math.max(1, 3 - shrink), ""));
                b.append(pick("实施要求：", "其他要求：")).append(constraints(Math.max(1, 2 - shrink / 2)));
            }
        }
        return b.toString().replace("。。", "。").replace("，。", "。");
    }

    private String opening(int shrink) {
        written = opening0(shrink);
        return written;
    }

    private String opening0(int shrink) {
        if (small) {
            String co = tpl.text(one(Themes.common("smallco")).text());
            return co + "主要" + pick("生产", "做", "加工") + tpl.text("{product}") + "。";
        }
        String intro = "";
        if (!sector.intros().isEmpty() && (shrink < 2 || chance(50))) {
            intro = ending(tpl.text(sector.intros().get(rng.nextInt(sector.intros().size()))));
        }
        boolean says = intro.matches(".*(成立|员工|工人|营收|产值|销售).*");
        if (shrink == 0 && !says && chance(25)) {
            return sentence(one(Themes.common("company"))) + intro;
        }
        return intro;
    }

    private String ask() {
        List<Fragment> asks = usable(theme.part("ask"));
        return asks.isEmpty() ? sentences("goal", 1) : sentence(one(asks));
    }

    private String sentences(String part, int n) {
        StringBuilder b = new StringBuilder();
        List<Fragment> from = new ArrayList<>();
        for (Fragment f : usable(theme.part(part))) {
            if (!restates(f.text())) {
                from.add(f);
            }
        }
        for (Fragment f : some(from, n, false)) {
            b.append(sentence(f));
        }
        return b.toString();
    }

    /** Whether the fragment states a fact (SKU count, head count…) the opening already gave. */
    private boolean restates(String fragment) {
        for (String fact : FACTS) {
            if (fragment.contains(fact) && written.contains(fact)) {
                return true;
            }
        }
        return false;
    }

    private String targets(int n, String lead) {
        List<String> items = new ArrayList<>();
        for (Fragment f : some(usable(theme.part("target")), n, true)) {
            items.add(strip(use(f)));
        }
        if (items.isEmpty()) {
            return "";
        }
        return lead + String.join(chance(50) ? "，" : "；", items) + "。";
    }

    private String constraints(int n) {
        List<Fragment> own = usable(theme.part("constraint"));
        List<Fragment> common = usable(Themes.common("constraint"));
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            List<Fragment> from = (i == 0 && !own.isEmpty() && chance(65)) || common.isEmpty() ? own : common;
            if (from.isEmpty()) {
                continue;
            }
            String s = sentence(one(from));
            if (b.indexOf(s.substring(0, Math.min(6, s.length()))) < 0) {
                b.append(s);
            }
        }
        return b.toString();
    }

    private String scopeInline(int n) {
        List<String> items = scopeItems(n);
        if (items.isEmpty()) {
            return "";
        }
        String head = pick("主要包括", "内容包括", "范围包括", "建设内容包括：");
        String last = items.remove(items.size() - 1);
        return head + (items.isEmpty() ? last : String.join("、", items) + pick("以及", "和", "及") + last) + "。";
    }

    private String scopeList(int n) {
        return String.join("；", scopeItems(n)) + "。";
    }

    private String numbered(int n, String format, String separator) {
        List<String> items = scopeItems(n);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add(String.format(format, i + 1) + items.get(i));
        }
        return String.join(separator, out) + "。";
    }

    private List<String> scopeItems(int n) {
        List<String> items = new ArrayList<>();
        for (Fragment f : some(usable(theme.part("scope")), n, true)) {
            items.add(strip(use(f)));
        }
        return items;
    }

    private List<Fragment> usable(List<Fragment> fragments) {
        List<Fragment> out = new ArrayList<>();
        for (Fragment f : fragments) {
            if (f.fits(sector) && tpl.canFill(f.text())) {
                out.add(f);
            }
        }
        return out;
    }

    /** Up to {@code n} distinct fragments; in their written order when {@code ordered}. */
    private List<Fragment> some(List<Fragment> from, int n, boolean ordered) {
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

    private Fragment one(List<Fragment> from) {
        if (from.isEmpty()) {
            throw new IllegalStateException("theme " + theme.key() + " has nothing usable for sector " + sector.key());
        }
        return from.get(rng.nextInt(from.size()));
    }

    private String use(Fragment f) {
        tags.addAll(f.tags());
        return tpl.text(f.text());
    }

    private String sentence(Fragment f) {
        return ending(use(f));
    }

    private static String ending(String s) {
        String t = strip(s);
        return t.endsWith("，") ? t : t + "。";
    }

    private static String strip(String s) {
        String t = s.trim();
        while (t.endsWith("。") || t.endsWith("；")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    private boolean chance(int percent) {
        return rng.nextInt(100) < percent;
    }

    private String pick(String... options) {
        return options[rng.nextInt(options.length)];
    }
}
