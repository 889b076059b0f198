package cn.scenehub.demo;

import cn.scenehub.demo.IndustryProfiles.Sector;
import cn.scenehub.demo.Themes.Fragment;
import cn.scenehub.demo.Themes.Theme;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/** What every kind of provider is made of: identity, capability entries, cases, products. */
final class ProviderParts {

    record Identity(String name, String zihao, String region, String creditCode, String home,
                    List<String> serviceRegions) {
    }

    private final Map<String, Blocks.Block> archetypes = new LinkedHashMap<>();
    private final CreditCodes codes = new CreditCodes();
    private final Set<String> names = new LinkedHashSet<>();

    ProviderParts() {
        for (Blocks.Block b : Blocks.load("demo/providers.txt")) {
            archetypes.put(String.join(" ", b.header()), b);
        }
    }

    Blocks.Block archetype(String name) {
        return archetypes.get(name);
    }

    List<Blocks.Block> archetypes(String prefix) {
        return archetypes.entrySet().stream().filter(e -> e.getKey().startsWith(prefix + " ")).map(Map.Entry::getValue).toList();
    }

    String line(String archetype, SplittableRandom rng) {
        return pick(archetypes.get(archetype).all("line"), rng);
    }

    /** A proof line (founding, staff, patents…) that does not repeat what the text already says. */
    String proof(Template tpl, CharSequence text, SplittableRandom rng) {
        List<String> lines = archetypes.get("proof").all("line");
        for (int i = 0; i < 10; i++) {
            String line = pick(lines, rng);
            boolean repeats = false;
            for (String word : List.of("团队", "成立", "员工", "服务", "设有")) {
                if (line.contains(word) && text.toString().contains(word)) {
                    repeats = true;
                }
            }
            if (!repeats) {
                return tpl.text(line);
            }
        }
        return "";
    }

    Identity identity(String stem, SplittableRandom rng) {
        int form = rng.nextInt(100);
        while (true) {
            String zihao = ChineseNames.zihao(rng);
            String region;
            String home;
            String name;
            if (form < 5) {
                List<String> away = List.copyOf(Regions.ELSEWHERE.keySet()).stream().sorted().toList();
                region = away.get(rng.nextInt(away.size()));
                home = Regions.ELSEWHERE.get(region);
                name = (rng.nextBoolean() ? "山东" : home) + zihao + stem + "有限公司";
            } else {
                region = Regions.providerHome(rng);
                home = Regions.DISTRICTS.get(region);
                name = form < 15 ? zihao + stem + "（青岛）有限公司"
                        : "青岛" + zihao + stem + (form > 96 ? "股份有限公司" : "有限公司");
            }
            if (!names.add(name)) {
                continue;
            }
            List<String> served;
            int r = rng.nextInt(100);
            if (form < 5 || r < 3) {
                served = List.of(Regions.PROVINCE);
            } else if (r < 20) {
                List<String> near = Regions.near(region);
                served = new ArrayList<>(List.of(region));
                served.addAll(near.subList(0, Math.min(near.size(), rng.nextInt(3))));
            } else {
                served = List.of(Regions.CITY);
            }
            return new Identity(name, zihao, region, codes.issue(region, rng), home, List.copyOf(served));
        }
    }

    Template template(SplittableRandom rng, Identity who, List<Sector> sectors, List<Theme> themes) {
        List<String> labels = sectors.stream().map(Sector::label).distinct().toList();
        String modules = String.join("、", themes.stream().map(Theme::name).toList());
        Map<String, List<String>> lists = Map.of(
                "industries", List.of(String.join("、", labels)),
                "labels", List.of(String.join("、", labels)),
                "chain", List.of(sectors.get(0).chain()),
                "modules", List.of(modules),
                "home", List.of(who.home()));
        return new Template(rng, lists::get);
    }

    Map<String, Object> capability(Theme theme, List<Sector> sectors, String description, SplittableRandom rng) {
        Map<String, Object> cap = new LinkedHashMap<>();
        cap.put("category", theme.category());
        List<String> modes = new ArrayList<>();
        for (String m : Themes.MODES) {
            if (theme.modes().contains(m) || theme.extraModes().contains(m) && rng.nextInt(100) < 30) {
                modes.add(m);
            }
        }
        cap.put("modes", modes);
        Set<String> industries = new LinkedHashSet<>();
        for (Sector s : sectors) {
            if (theme.fits(s)) {
                industries.add(s.code());
            }
        }
        if (industries.isEmpty()) {
            sectors.forEach(s -> industries.add(s.code()));
        }
        cap.put("industries", List.copyOf(industries));
        String text = pick(theme.part("cap"), rng).text();
        List<String> tags = new ArrayList<>();
        for (String t : theme.items("ptags")) {
            if ((description.contains(t) || text.contains(t)) && tags.size() < 4) {
                tags.add(t);
            }
        }
        for (String t : theme.items("ptags")) {
            if (tags.size() < 2 + rng.nextInt(2) && !tags.contains(t)) {
                tags.add(t);
            }
        }
        cap.put("techTags", tags);
        cap.put("description", text);
        return cap;
    }

    List<Map<String, Object>> cases(List<Theme> themes, List<Sector> sectors, int n, int year, SplittableRandom rng) {
        List<Map<String, Object>> out = new ArrayList<>();
        Set<String> titles = new LinkedHashSet<>();
        for (int i = 0; i < n * 3 && out.size() < n; i++) {
            Theme theme = pick(themes, rng);
            List<Sector> fit = sectors.stream().filter(theme::fits).toList();
            Sector sector = pick(fit.isEmpty() ? sectors : fit, rng);
            Template tpl = new Template(rng, sector::list);
            List<Fragment> titlesUsable = theme.part("ctitle").stream().filter(f -> tpl.canFill(f.text())).toList();
            String title = titlesUsable.isEmpty() ? sector.label() + "企业" + theme.name() : tpl.text(pick(titlesUsable, rng).text());
            if (!titles.add(title)) {
                continue;
            }
            String result = tpl.text(pick(theme.part("result"), rng).text());
            String lead = rng.nextInt(100) < 45 ? "为" + pick(List.of("某", "一家", "本地一家", "省内某"), rng) + sector.label() + "企业实施，" : "";
            out.add(caseEntry(title, sector.code(), lead + result, 2019 + rng.nextInt(Math.max(1, year - 2019))));
        }
        out.sort((a, b) -> Integer.compare((Integer) b.get("year"), (Integer) a.get("year")));
        return out;
    }

    static Map<String, Object> caseEntry(String title, String code, String description, int year) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("title", title);
        c.put("industryCode", code);
        c.put("description", description);
        c.put("year", year);
        return c;
    }

    List<Map<String, Object>> products(List<Theme> themes, Identity who, int n, SplittableRandom rng) {
        List<Fragment> all = new ArrayList<>();
        themes.forEach(t -> all.addAll(t.part("product")));
        List<Map<String, Object>> out = new ArrayList<>();
        for (Fragment f : some(all, Math.min(n, 3), rng)) {
            String[] nd = f.text().split("\\|", 2);
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", who.zihao() + nd[0]);
            p.put("description", nd[1]);
            out.add(p);
        }
        return out;
    }

    Map<String, Object> provider(String id, Identity who, String description, String type, int level,
                                 List<Map<String, Object>> caps, List<Map<String, Object>> cases,
                                 List<Map<String, Object>> products, SplittableRandom rng) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("externalId", id);
        p.put("name", who.name());
        p.put("creditCode", who.creditCode());
        p.put("region", who.region());
        p.put("description", description);
        p.put("platformType", type);
        p.put("maturityLevel", level);
        p.put("capabilities", caps);
        p.put("serviceRegions", who.serviceRegions());
        if (!cases.isEmpty()) {
            p.put("cases", cases);
        }
        if (!products.isEmpty()) {
            p.put("products", products);
        }
        return p;
    }

    /**
     * {@code n} sectors where the themes apply: the first by weight, the rest by weight too or,
     * for a specialist ({@code clustered}), mostly the first one's neighbours.
     */
    List<Sector> sectorsFor(List<Theme> themes, int n, boolean clustered, SplittableRandom rng) {
        List<Sector> fit = IndustryProfiles.all().stream().filter(s -> themes.stream().anyMatch(t -> t.fits(s))).toList();
        List<Sector> from = fit.isEmpty() ? IndustryProfiles.all() : fit;
        if (clustered) {
            return pickSectors(from, n, rng);
        }
        List<Sector> out = new ArrayList<>();
        for (int guard = 0; out.size() < Math.min(n, from.size()) && guard < 50; guard++) {
            Sector s = weighted(from, rng);
            if (!out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    List<Sector> pickSectors(List<Sector> from, int n, SplittableRandom rng) {
        List<Sector> out = new ArrayList<>();
        out.add(weighted(from, rng));
        for (int guard = 0; out.size() < Math.min(n, from.size()) && guard < 50; guard++) {
            Sector first = out.get(0);
            List<Sector> near = from.stream().filter(s -> !out.contains(s)
                    && (s.chain().equals(first.chain()) || s.code().equals(first.code()))).toList();
            Sector next = !near.isEmpty() && rng.nextInt(100) < 55 ? pick(near, rng) : weighted(from, rng);
            if (!out.contains(next)) {
                out.add(next);
            }
        }
        return out;
    }

    /** Up to {@code n} themes of the pool, of different categories, that apply to the sectors, by weight. */
    List<Theme> themesFor(List<Sector> sectors, int n, List<Theme> pool, SplittableRandom rng) {
        List<Theme> fit = pool.stream().filter(t -> sectors.stream().anyMatch(t::fits)).toList();
        List<Theme> out = new ArrayList<>();
        for (int guard = 0; out.size() < n && guard < 100; guard++) {
            double total = fit.stream().mapToDouble(Theme::weight).sum();
            double r = rng.nextDouble() * total;
            for (Theme t : fit) {
                r -= t.weight();
                if (r < 0) {
                    if (!out.contains(t) && out.stream().noneMatch(o -> o.category().equals(t.category()))) {
                        out.add(t);
                    }
                    break;
                }
            }
        }
        return out;
    }

    static Sector weighted(List<Sector> from, SplittableRandom rng) {
        double total = from.stream().mapToDouble(Sector::weight).sum();
        double r = rng.nextDouble() * total;
        for (Sector s : from) {
            r -= s.weight();
            if (r < 0) {
                return s;
            }
        }
        return from.get(from.size() - 1);
    }

    <T> List<T> some(List<T> from, int n, SplittableRandom rng) {
        List<T> pool = new ArrayList<>(from);
        List<T> out = new ArrayList<>();
        while (out.size() < n && !pool.isEmpty()) {
            out.add(pool.remove(rng.nextInt(pool.size())));
        }
        return out;
    }

    <T> T pick(List<T> from, SplittableRandom rng) {
        return from.get(rng.nextInt(from.size()));
    }

    static String sentence(String s) {
        String t = s.trim();
        return t.endsWith("。") ? t : t + "。";
    }
}
