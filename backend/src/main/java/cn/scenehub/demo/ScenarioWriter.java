package cn.scenehub.demo;

import cn.scenehub.demo.IndustryProfiles.Sector;
import cn.scenehub.demo.Themes.Fragment;
import cn.scenehub.demo.Themes.Theme;
import java.util.ArrayList;
import java.util.List;
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
    private final FragmentPicker p;

    private ScenarioWriter(Sector sector, Theme theme, boolean small, SplittableRandom rng) {
        this.sector = sector;
        this.theme = theme;
        this.small = small;
        this.rng = rng;
        this.p = new FragmentPicker(sector, theme, small, rng);
    }

    /** Whether the theme has every part a description needs in this sector's words. */
    static boolean canWrite(Sector sector, Theme theme) {
        ScenarioWriter probe = new ScenarioWriter(sector, theme, false, new SplittableRandom(0));
        for (String part : List.of("title", "state", "pain", "goal", "scope", "target")) {
            if (probe.p.usable(part).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    static Text write(Sector sector, Theme theme, boolean small, SplittableRandom rng) {
        return new ScenarioWriter(sector, theme, small, rng).write();
    }

    private Text write() {
        String title = p.fill(p.one(p.usable("title")).text());
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
        for (String t : p.tags()) {
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

    /** The description in the given form; {@code shrink} > 0 asks for fewer parts, < 0 for more. */
    private String compose(Style style, int shrink) {
        p.restart();
        StringBuilder b = new StringBuilder();
        switch (style) {
            case NOTE -> {
                if (p.chance(45)) {
                    b.append(p.fill(p.one(Themes.common("who")).text()));
                }
                b.append(p.sentences("pain", shrink < 0 ? 2 : 1));
                if (shrink < 0 || p.chance(35 - shrink * 10)) {
                    b.append(p.sentences("state", 1));
                }
                b.append(ask());
                if (p.chance(20)) {
                    b.append(p.sentence(p.one(Themes.common("closing"))));
                }
            }
            case PLAIN -> {
                b.append(opening(shrink));
                b.append(p.sentences("state", 1));
                b.append(p.sentences("pain", Math.max(1, 2 - shrink)));
                b.append(p.sentences("goal", 1));
                b.append(targets(Math.max(1, 2 - shrink / 2), p.pick("目标：", "要求", "预期达到", "验收指标：")));
                if (p.chance(50 - shrink * 15)) {
                    b.append(constraints(1));
                }
            }
            case PAINFIRST -> {
                b.append(p.pick("当前痛点：", "现状与问题：", "存在问题："));
                b.append(p.sentences("state", 1)).append(p.sentences("pain", Math.max(1, 2 - shrink)));
                b.append(p.pick("需求：", "希望：", "需求描述："));
                b.append(p.chance(50) ? ask() : p.sentences("goal", 1));
                b.append(targets(Math.max(1, 2 - shrink), p.pick("目标", "目标：", "指标：")));
            }
            case BRIEF -> {
                b.append(opening(shrink));
                b.append(p.sentences("state", Math.max(1, 2 - shrink)));
                b.append(p.sentences("pain", Math.max(1, 2 - shrink / 2)));
                b.append(p.pick("需求：", "本次需求：", "为此，", "因此，"));
                b.append(p.sentences("goal", 1));
                b.append(scopeInline(Math.max(2, 4 - shrink)));
                b.append(targets(Math.max(1, 3 - shrink), p.pick("目标：", "指标要求：", "要求")));
                b.append(constraints(Math.max(0, 2 - shrink)));
            }
            case BULLETS -> {
                b.append(opening(shrink));
                b.append(p.sentences("pain", Math.max(1, 2 - shrink)));
                b.append(p.pick("具体需求如下：", "主要需求：", "需求包括：", "希望实现以下功能："));
                b.append(numbered(Math.max(3, 5 - shrink), "%d."));
                b.append(targets(1, p.pick("目标：", "要求")));
                b.append(constraints(shrink > 1 ? 0 : 1));
            }
            case NUMBERED -> {
                b.append("一、现状：").append(opening(shrink + 1)).append(p.sentences("state", Math.max(1, 2 - shrink)));
                b.append(p.pick("二、存在问题：", "二、主要痛点：", "二、问题："));
                b.append(p.sentences("pain", Math.max(1, 3 - shrink)));
                b.append(p.pick("三、建设内容：", "三、需求：", "三、建设需求："));
                b.append(p.sentences("goal", 1));
                if (shrink < 3) {
                    b.append(p.pick("主要包括", "具体包括")).append(numbered(Math.max(3, 5 - shrink), "（%d）"));
                }
                b.append(p.pick("四、预期目标：", "四、验收指标：", "四、目标："));
                b.append(targets(Math.max(1, 3 - shrink), ""));
                if (shrink < 3) {
                    b.append("五、其他要求：").append(constraints(Math.max(1, 3 - shrink)));
                }
            }
            case CONSULTANT -> {
                b.append("项目背景：").append(opening(shrink + 1)).append(p.sentences("state", 1));
                b.append(p.sentences("pain", Math.max(1, 2 - shrink)));
                b.append("建设内容：").append(scopeList(Math.max(3, 5 - shrink)));
                b.append(p.pick("指标要求：", "预期成效：")).append(targets(Math.max(1, 3 - shrink), ""));
                b.append(p.pick("实施要求：", "其他要求：")).append(constraints(Math.max(1, 2 - shrink / 2)));
            }
        }
        return b.toString().replace("。。", "。").replace("，。", "。");
    }

    /** Who the company is: a small firm in a line, otherwise the trade's intro, maybe with founding facts. */
    private String opening(int shrink) {
        String text;
        if (small) {
            String co = p.fill(p.one(Themes.common("smallco")).text());
            text = co + "主要" + p.pick("生产", "做", "加工") + p.fill("{product}") + "。";
        } else {
            String intro = "";
            if (!sector.intros().isEmpty() && (shrink < 2 || p.chance(50))) {
                intro = FragmentPicker.ending(p.fill(sector.intros().get(rng.nextInt(sector.intros().size()))));
            }
            boolean says = intro.matches(".*(成立|员工|工人|营收|产值|销售).*");
            text = shrink == 0 && !says && p.chance(25) ? p.sentence(p.one(Themes.common("company"))) + intro : intro;
        }
        p.opened(text);
        return text;
    }

    private String ask() {
        List<Fragment> asks = p.usable("ask");
        return asks.isEmpty() ? p.sentences("goal", 1) : p.sentence(p.one(asks));
    }

    private String targets(int n, String lead) {
        List<String> items = p.items("target", n);
        return items.isEmpty() ? "" : lead + String.join(p.chance(50) ? "，" : "；", items) + "。";
    }

    /** Requirements: the theme's own first, then the common ones (期限、本地团队、报价…), never twice. */
    private String constraints(int n) {
        List<Fragment> own = p.usable("constraint");
        List<Fragment> common = p.usable(Themes.common("constraint"));
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            List<Fragment> from = (i == 0 && !own.isEmpty() && p.chance(65)) || common.isEmpty() ? own : common;
            if (from.isEmpty()) {
                continue;
            }
            String s = p.sentence(p.one(from));
            if (b.indexOf(s.substring(0, Math.min(6, s.length()))) < 0) {
                b.append(s);
            }
        }
        return b.toString();
    }

    private String scopeInline(int n) {
        List<String> items = p.items("scope", n);
        if (items.isEmpty()) {
            return "";
        }
        String head = p.pick("主要包括", "内容包括", "范围包括", "建设内容包括：");
        String last = items.remove(items.size() - 1);
        return head + (items.isEmpty() ? last : String.join("、", items) + p.pick("以及", "和", "及") + last) + "。";
    }

    private String scopeList(int n) {
        return String.join("；", p.items("scope", n)) + "。";
    }

    private String numbered(int n, String format) {
        List<String> items = p.items("scope", n);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add(String.format(format, i + 1) + items.get(i));
        }
        return String.join("；", out) + "。";
    }
}

