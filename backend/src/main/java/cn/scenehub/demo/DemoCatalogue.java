package cn.scenehub.demo;

import cn.scenehub.demo.IndustryProfiles.Sector;
import cn.scenehub.demo.Themes.Theme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Demo data for SceneHub in the exchange format v1 (shared/spec/exchange-format.md): a year's
 * list of 1000 Qingdao demand scenarios and a pool of 320 providers, as JSON-ready maps.
 * Deterministic: the output depends only on the year, never on the clock, the JVM or hash order.
 */
public final class DemoCatalogue {

    public static final int SCENARIOS_PER_YEAR = 1000;
    public static final int PROVIDERS = 320;
    public static final int DEFAULT_POOL_YEAR = 2026;

    private static final String[] CATEGORY_WEIGHTS = {
        "RD", "8", "PROD", "15", "QUAL", "14", "EQUIP", "12", "SUPPLY", "10",
        "MGMT", "11", "SAFE", "9", "ENERGY", "10", "SERVICE", "6", "INFRA", "5"};
    private static final int[] NICE_WAN = {5, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 80, 100, 120, 150,
        180, 200, 250, 300, 350, 400, 500, 600, 700, 800, 1000, 1200, 1500, 1800, 2000};

    private final int poolYear;

    /** A catalogue whose provider pool is numbered for {@link #DEFAULT_POOL_YEAR}. */
    public DemoCatalogue() {
        this(DEFAULT_POOL_YEAR);
    }

    /** A catalogue whose provider pool is numbered {@code FWS-<poolYear>-nnn}, cases up to the year before. */
    public DemoCatalogue(int poolYear) {
        this.poolYear = poolYear;
    }

    private record Enterprise(String name, String creditCode, String region, String industryCode, String scale) {
    }

    /** The year's scenario list: {@code QD-<year>-0001} …, batches {@code <year>-1} and {@code <year>-2}. */
    public List<Map<String, Object>> scenarios(int year) {
        SplittableRandom master = new SplittableRandom(seed(year, 1));
        CreditCodes codes = new CreditCodes();
        Set<String> names = new HashSet<>();
        Set<String> titles = new HashSet<>();
        Map<String, List<Enterprise>> bySector = new LinkedHashMap<>();
        List<String> divisions = List.copyOf(IndustryProfiles.DIVISIONS.keySet());
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < SCENARIOS_PER_YEAR; i++) {
            SplittableRandom rng = master.split();
            Sector sector = i < divisions.size() ? sectorOf(divisions.get(i), rng) : ProviderParts.weighted(IndustryProfiles.all(), rng);
            Theme theme = theme(sector, i < 60 ? Themes.CATEGORIES.get(i % 10) : category(rng), rng);
            boolean mustBeBig = theme.budgetLo() >= 100;
            List<Enterprise> known = bySector.computeIfAbsent(sector.key(), k -> new ArrayList<>()).stream()
                    .filter(k -> !mustBeBig || k.scale().equals("规上")).toList();
            Enterprise e = !known.isEmpty() && rng.nextInt(100) < 7
                    ? known.get(rng.nextInt(known.size())) : enterprise(sector, mustBeBig, codes, names, rng);
            known = bySector.get(sector.key());
            if (!known.contains(e)) {
                known.add(e);
            }
            boolean small = e.scale().equals("规下");
            ScenarioWriter.Text text = ScenarioWriter.write(sector, theme, small, rng.split());
            for (int retry = 0; titles.contains(text.title()) && retry < 6; retry++) {
                text = ScenarioWriter.write(sector, theme, small, rng.split());
            }
            titles.add(text.title());
            out.add(scenario(year, i, sector, theme, e, text, rng));
        }
        return out;
    }

    /** The provider pool numbered for this catalogue's pool year. */
    public List<Map<String, Object>> providers() {
        return providers(poolYear);
    }

    public List<Map<String, Object>> providers(int year) {
        SplittableRandom master = new SplittableRandom(seed(year, 2));
        ProviderParts parts = new ProviderParts();
        ProviderWriter writer = new ProviderWriter(year, parts);
        LookAlikes lookAlikes = new LookAlikes(year, parts);
        List<String> plan = new ArrayList<>();
        for (int i = 0; i < PROVIDERS; i++) {
            plan.add(i < 28 ? "G" : i < 84 ? "F" : i < 98 ? "L" : "S");
        }
        for (int i = plan.size() - 1; i > 0; i--) {
            int j = master.nextInt(i + 1);
            plan.set(j, plan.set(i, plan.get(j)));
        }
        List<Theme> themes = Themes.all();
        List<Blocks.Block> generalists = parts.archetypes("generalist");
        List<Blocks.Block> kinds = lookAlikes.kinds();
        int s = 0;
        int g = 0;
        int l = 0;
        List<Map<String, Object>> out = new ArrayList<>();
        for (int i = 0; i < PROVIDERS; i++) {
            SplittableRandom rng = master.split();
            String id = String.format("FWS-%d-%03d", year, i + 1);
            switch (plan.get(i)) {
                case "G" -> out.add(writer.generalist(id, generalists.get(g++ % generalists.size()), rng));
                case "L" -> out.add(lookAlikes.write(id, kinds.get(l++ % kinds.size()), rng));
                case "F" -> out.add(writer.featured(id, ProviderParts.weighted(IndustryProfiles.all(), rng).chain(), rng));
                default -> {
                    Theme t = s < themes.size() * 2 ? themes.get(s % themes.size()) : weightedTheme(themes, rng);
                    s++;
                    out.add(writer.specialist(id, t, rng));
                }
            }
        }
        return out;
    }

    private Map<String, Object> scenario(int year, int i, Sector sector, Theme theme, Enterprise e,
                                         ScenarioWriter.Text text, SplittableRandom rng) {
        boolean first = i < SCENARIOS_PER_YEAR / 2;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("externalId", String.format("QD-%d-%04d", year, i + 1));
        m.put("year", year);
        m.put("batch", year + (first ? "-1" : "-2"));
        m.put("title", text.title());
        m.put("description", text.description());
        Map<String, Object> ent = new LinkedHashMap<>();
        ent.put("name", e.name());
        ent.put("creditCode", e.creditCode());
        ent.put("region", e.region());
        ent.put("industryCode", e.industryCode());
        ent.put("scale", e.scale());
        m.put("enterprise", ent);
        m.put("industryCode", sector.code());
        m.put("industryChain", sector.chain());
        m.put("category", theme.category());
        m.put("modes", text.modes());
        m.put("techTags", text.techTags());
        m.put("region", e.region());
        m.put("budget", budget(theme, e.scale().equals("规下"), rng));
        m.put("deadline", deadline(year, first, rng));
        ChineseNames.Person p = ChineseNames.person(rng);
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("name", p.display());
        contact.put("phone", p.phone());
        contact.put("email", p.email());
        m.put("contact", contact);
        return m;
    }

    private static Enterprise enterprise(Sector sector, boolean mustBeBig, CreditCodes codes, Set<String> names, SplittableRandom rng) {
        List<String> regions = sector.regions();
        String region = rng.nextInt(100) < 85
                ? regions.get(Math.min(rng.nextInt(regions.size()), rng.nextInt(regions.size())))
                : List.copyOf(Regions.DISTRICTS.keySet()).get(rng.nextInt(Regions.DISTRICTS.size()));
        boolean big = mustBeBig || sector.traits().contains("大型") || rng.nextInt(100) < (sector.traits().contains("连续") ? 92 : 68);
        while (true) {
            String stem = sector.stems().get(rng.nextInt(sector.stems().size()));
            int r = rng.nextInt(100);
            String suffix = stem.endsWith("科技") || r < 55 ? "有限公司"
                    : r < 75 ? "科技有限公司" : big && r < 88 ? "股份有限公司" : big && r < 93 ? "集团有限公司" : "有限公司";
            String name = "青岛" + ChineseNames.zihao(rng) + stem + suffix;
            if (names.add(name)) {
                return new Enterprise(name, codes.issue(region, rng), region, sector.code(), big ? "规上" : "规下");
            }
        }
    }

    private static Map<String, Object> budget(Theme theme, boolean small, SplittableRandom rng) {
        double lo = theme.budgetLo();
        double hi = small ? Math.min(lo + (theme.budgetHi() - lo) * 0.25, Math.max(lo * 2, 60)) : theme.budgetHi();
        double mid = StrictMath.exp(StrictMath.log(lo) + rng.nextDouble() * (StrictMath.log(hi) - StrictMath.log(lo)));
        int min = nice(mid, false);
        double[] ratios = {1, 1.5, 1.5, 2, 2, 2, 2, 2.5, 2.5, 3};
        int max = nice(min * ratios[rng.nextInt(ratios.length)], true);
        if (rng.nextInt(100) < 2) {
            min = 0;
        }
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("min", min * 10_000);
        b.put("max", Math.max(min, max) * 10_000);
        return b;
    }

    private static int nice(double wan, boolean up) {
        int best = NICE_WAN[0];
        for (int n : NICE_WAN) {
            if (up ? n >= wan : n <= wan) {
                best = n;
                if (up) {
                    break;
                }
            }
        }
        if (up && wan > NICE_WAN[NICE_WAN.length - 1]) {
            best = NICE_WAN[NICE_WAN.length - 1];
        }
        return best;
    }

    private static String deadline(int year, boolean first, SplittableRandom rng) {
        int month = first ? 5 + rng.nextInt(5) : 9 + rng.nextInt(4);
        LocalDate start = LocalDate.of(year, month, 1);
        int r = rng.nextInt(100);
        int day = r < 50 ? start.lengthOfMonth() : r < 75 ? 15 : r < 85 ? 20 : 10;
        return start.withDayOfMonth(day).toString();
    }

    private static Sector sectorOf(String division, SplittableRandom rng) {
        List<Sector> in = IndustryProfiles.all().stream().filter(s -> s.code().equals(division)).toList();
        return ProviderParts.weighted(in, rng);
    }

    private static Theme theme(Sector sector, String category, SplittableRandom rng) {
        for (int attempt = 0; attempt < 20; attempt++) {
            List<Theme> fit = Themes.inCategory(category).stream()
                    .filter(t -> t.fits(sector) && ScenarioWriter.canWrite(sector, t)).toList();
            if (!fit.isEmpty()) {
                return weightedTheme(fit, rng);
            }
            category = category(rng);
        }
        throw new IllegalStateException("no theme fits sector " + sector.key());
    }

    private static String category(SplittableRandom rng) {
        int total = 0;
        for (int i = 1; i < CATEGORY_WEIGHTS.length; i += 2) {
            total += Integer.parseInt(CATEGORY_WEIGHTS[i]);
        }
        int r = rng.nextInt(total);
        for (int i = 0; i < CATEGORY_WEIGHTS.length; i += 2) {
            r -= Integer.parseInt(CATEGORY_WEIGHTS[i + 1]);
            if (r < 0) {
                return CATEGORY_WEIGHTS[i];
            }
        }
        return "PROD";
    }

    private static Theme weightedTheme(List<Theme> from, SplittableRandom rng) {
        double total = from.stream().mapToDouble(Theme::weight).sum();
        double r = rng.nextDouble() * total;
        for (Theme t : from) {
            r -= t.weight();
            if (r < 0) {
                return t;
            }
        }
        return from.get(from.size() - 1);
    }

    private static long seed(int year, int salt) {
        return 0x5CE7E4B0L * 31 + year * 1_000_003L + salt;
    }
}
