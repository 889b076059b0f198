package cn.scenehub.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Demand themes (需求主题), loaded from {@code demo/themes/}: one key technique each
 * (视觉质检, 设备联网/OEE, 立体库+WMS …) with the building blocks of a scenario about it and of a
 * provider who offers it. Also the theme-independent phrases of {@code demo/common.txt}.
 */
final class Themes {

    static final List<String> CATEGORIES =
            List.of("RD", "PROD", "QUAL", "EQUIP", "SUPPLY", "MGMT", "SAFE", "ENERGY", "SERVICE", "INFRA");

    static final List<String> MODES = List.of("数字化管理", "平台化设计", "智能化制造", "网络化协同", "个性化定制", "服务化延伸");

    private static final Pattern TAGS = Pattern.compile("\\[\\[([^]]*)]]\\s*$");

    /** One line of text with its conditions (sector traits) and the tags it earns. */
    record Fragment(String text, List<String> anyTraits, List<String> noTraits, List<String> tags) {

        /**
         * Whether the line suits the sector, or the situation: the theme's kind (软件 or 工程)
         * and the company's scale (规上 or 规下).
         */
        boolean fits(IndustryProfiles.Sector s, List<String> situation) {
            if (!anyTraits.isEmpty() && !s.hasAny(anyTraits) && anyTraits.stream().noneMatch(situation::contains)) {
                return false;
            }
            return noTraits.isEmpty() || !s.hasAny(noTraits) && noTraits.stream().noneMatch(situation::contains);
        }

        static Fragment parse(String line) {
            String text = line.trim();
            List<String> any = List.of();
            List<String> none = List.of();
            if (text.startsWith("?")) {
                int space = text.indexOf(' ');
                String cond = text.substring(1, space);
                text = text.substring(space + 1).trim();
                if (cond.startsWith("!")) {
                    none = List.of(cond.substring(1).split("/"));
                } else {
                    any = List.of(cond.split("/"));
                }
            }
            List<String> tags = List.of();
            Matcher m = TAGS.matcher(text);
            if (m.find()) {
                tags = List.of(m.group(1).split("[,，]"));
                text = text.substring(0, m.start()).trim();
            }
            return new Fragment(text, any, none, tags);
        }
    }

    record Theme(String category, String key, String name, double weight, List<String> traits,
                 List<String> not, List<String> only, List<String> needs, List<String> modes, List<String> extraModes,
                 List<String> tags, int budgetLo, int budgetHi, Map<String, List<Fragment>> parts,
                 Blocks.Block block) {

        /** 软件 for systems and software, 工程 for equipment and construction projects. */
        String kind() {
            return block.one("kind", "软件");
        }

        List<Fragment> part(String name) {
            return parts.getOrDefault(name, List.of());
        }

        List<String> items(String key) {
            return block.items(key);
        }

        boolean fits(IndustryProfiles.Sector s) {
            if (!only.isEmpty() && !only.contains(s.key()) && !only.contains(s.code())) {
                return false;
            }
            for (String slot : needs) {
                if (s.list(slot) == null || s.list(slot).isEmpty()) {
                    return false;
                }
            }
            if (!traits.isEmpty() && !s.hasAny(traits)) {
                return false;
            }
            return not.isEmpty() || !s.hasAny(not);
        }
    }

    private static final List<String> FILES = List.of(
            "RD.txt", "PROD.txt", "PROD-process.txt", "QUAL.txt", "EQUIP.txt", "SUPPLY.txt",
            "MGMT.txt", "SAFE.txt", "ENERGY.txt", "SERVICE.txt", "INFRA.txt");

    private static final List<String> PARTS = List.of(
            "title", "state", "pain", "ask", "goal", "scope", "target", "constraint",
            "offer", "cap", "ctitle", "result", "product");

    private static final List<Theme> THEMES = load();
    private static final Map<String, List<Fragment>> COMMON = loadCommon();

    private Themes() {
    }

    static List<Theme> all() {
        return THEMES;
    }

    static List<Theme> inCategory(String category) {
        return THEMES.stream().filter(t -> t.category().equals(category)).toList();
    }

    static Theme byKey(String key) {
        for (Theme t : THEMES) {
            if (t.key().equals(key)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown theme " + key);
    }

    /** A block of {@code demo/common.txt}, e.g. {@code constraint}. */
    static List<Fragment> common(String name) {
        return COMMON.getOrDefault(name, List.of());
    }

    private static List<Theme> load() {
        List<Theme> out = new ArrayList<>();
        for (String file : FILES) {
            for (Blocks.Block b : Blocks.load("demo/themes/" + file)) {
                if (b.header().size() < 3 || !CATEGORIES.contains(b.header().get(0))) {
                    throw new IllegalStateException(b.where() + ": expected '== CATEGORY key name'");
                }
                String category = b.header().get(0);
                Map<String, List<Fragment>> parts = new LinkedHashMap<>();
                for (String part : PARTS) {
                    parts.put(part, b.all(part).stream().map(Fragment::parse).toList());
                }
                String[] budget = b.one("budget", "10-100").split("-");
                List<String> modes = b.items("modes");
                for (String m : modes) {
                    if (!MODES.contains(m)) {
                        throw new IllegalStateException(b.where() + ": unknown mode " + m);
                    }
                }
                out.add(new Theme(category, b.header().get(1), b.header().get(2),
                        Double.parseDouble(b.one("weight", "1")), b.items("traits"), b.items("not"),
                        b.items("only"), b.items("needs"), modes, b.items("modes+"), b.items("tags"),
                        Integer.parseInt(budget[0]), Integer.parseInt(budget[1]), parts, b));
            }
        }
        return List.copyOf(out);
    }

    private static Map<String, List<Fragment>> loadCommon() {
        Map<String, List<Fragment>> m = new LinkedHashMap<>();
        for (Blocks.Block b : Blocks.load("demo/common.txt")) {
            m.put(b.header().get(0), b.all("line").stream().map(Fragment::parse).toList());
        }
        return m;
    }
}
