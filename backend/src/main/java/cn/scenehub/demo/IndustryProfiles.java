package cn.scenehub.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The sub-sectors (细分行业) the demo writes about, loaded from {@code demo/sectors-*.txt}: for each,
 * its GB/T 4754 division, key industry chain, where such firms sit in Qingdao, and the words of
 * its trade (products, processes, workshops, equipment, defects, …) that the texts are built from.
 */
final class IndustryProfiles {

    static final List<String> FILES = List.of(
            "demo/sectors-food.txt", "demo/sectors-light.txt", "demo/sectors-chem.txt",
            "demo/sectors-materials.txt", "demo/sectors-metal.txt", "demo/sectors-machinery.txt",
            "demo/sectors-electrical.txt");

    /** Division names per GB/T 4754-2017, C13–C43. */
    static final Map<String, String> DIVISIONS = divisions();

    record Sector(String key, String code, String chain, String label, double weight,
                  List<String> regions, Set<String> traits, List<String> stems,
                  List<String> intros, Map<String, List<String>> words,
                  Map<String, Map<String, List<String>>> byShop) {

        /** The words of list {@code name}, or null. */
        List<String> list(String name) {
            return words.get(name);
        }

        /** Whether list {@code name} is tied to workshops but has nothing for {@code workshop}. */
        boolean missingFor(String name, String workshop) {
            Map<String, List<String>> perShop = byShop.get(name);
            return perShop != null && workshop != null && !perShop.containsKey(workshop);
        }

        /** The per-workshop lists a template names, e.g. {@code fleet}. */
        boolean tiedToShops(String name) {
            return byShop.containsKey(name);
        }

        /**
         * The words of list {@code name} given what is already bound: the equipment (or fleet)
         * of the workshop named, or the workshops that have the equipment (or fleet) named.
         */
        List<String> list(String name, Function<String, String> bound) {
            String workshop = bound.apply("workshop");
            Map<String, List<String>> perShop = byShop.get(name);
            if (perShop != null && workshop != null && perShop.containsKey(workshop)) {
                return perShop.get(workshop);
            }
            if (name.equals("workshop")) {
                for (Map.Entry<String, Map<String, List<String>>> e : byShop.entrySet()) {
                    String chosen = bound.apply(e.getKey());
                    if (chosen == null) {
                        continue;
                    }
                    List<String> with = new ArrayList<>();
                    e.getValue().forEach((w, items) -> {
                        if (items.contains(chosen)) {
                            with.add(w);
                        }
                    });
                    if (!with.isEmpty()) {
                        return with;
                    }
                }
            }
            return words.get(name);
        }

        boolean hasAny(List<String> anyOf) {
            for (String t : anyOf) {
                if (traits.contains(t)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Lines {@code shop: 车间=设备|设备} and {@code fleet: 车间=设备约N台} tie a list to a workshop. */
    private static final Map<String, String> PER_SHOP = new LinkedHashMap<>(Map.of("shop", "equipment"));

    static {
        PER_SHOP.put("fleet", "fleet");
    }

    private static final List<Sector> SECTORS = load();

    private IndustryProfiles() {
    }

    static List<Sector> all() {
        return SECTORS;
    }

    static Sector byKey(String key) {
        for (Sector s : SECTORS) {
            if (s.key().equals(key)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown sector " + key);
    }

    private static List<Sector> load() {
        List<Sector> out = new ArrayList<>();
        for (String file : FILES) {
            for (Blocks.Block b : Blocks.load(file)) {
                if (b.header().size() != 3) {
                    throw new IllegalStateException(b.where() + ": expected '== key code chain'");
                }
                String key = b.header().get(0);
                String code = b.header().get(1);
                String chain = b.header().get(2);
                if (!DIVISIONS.containsKey(code)) {
                    throw new IllegalStateException(b.where() + ": unknown division " + code);
                }
                Map<String, List<String>> words = new LinkedHashMap<>();
                for (String field : b.fields().keySet()) {
                    if (!PER_SHOP.containsKey(field) && !field.equals("intro") && !field.equals("weight")) {
                        words.put(field, b.items(field));
                    }
                }
                Map<String, Map<String, List<String>>> byShop = new LinkedHashMap<>();
                PER_SHOP.forEach((field, list) -> {
                    Map<String, List<String>> perShop = new LinkedHashMap<>();
                    List<String> all = new ArrayList<>();
                    for (String line : b.all(field)) {
                        int eq = line.indexOf('=');
                        List<String> items = Template.splitTopLevel(line.substring(eq + 1).trim(), '|');
                        perShop.put(line.substring(0, eq).trim(), items);
                        all.addAll(items);
                    }
                    if (!perShop.isEmpty()) {
                        byShop.put(list, perShop);
                        if (!words.containsKey(list)) {
                            words.put(list, all);
                        }
                    }
                });
                words.put("chain", List.of(chain));
                words.put("division", List.of(DIVISIONS.get(code)));
                out.add(new Sector(key, code, chain, b.one("label", key),
                        Double.parseDouble(b.one("weight", "1")),
                        b.items("regions"), new LinkedHashSet<>(b.items("traits")), b.items("stems"),
                        b.all("intro"), words, byShop));
            }
        }
        return List.copyOf(out);
    }

    private static Map<String, String> divisions() {
        String[] names = {
            "C13", "农副食品加工业", "C14", "食品制造业", "C15", "酒、饮料和精制茶制造业",
            "C16", "烟草制品业", "C17", "纺织业", "C18", "纺织服装、服饰业",
            "C19", "皮革、毛皮、羽毛及其制品和制鞋业", "C20", "木材加工和木、竹、藤、棕、草制品业",
            "C21", "家具制造业", "C22", "造纸和纸制品业", "C23", "印刷和记录媒介复制业",
            "C24", "文教、工美、体育和娱乐用品制造业", "C25", "石油、煤炭及其他燃料加工业",
            "C26", "化学原料和化学制品制造业", "C27", "医药制造业", "C28", "化学纤维制造业",
            "C29", "橡胶和塑料制品业", "C30", "非金属矿物制品业", "C31", "黑色金属冶炼和压延加工业",
            "C32", "有色金属冶炼和压延加工业", "C33", "金属制品业", "C34", "通用设备制造业",
            "C35", "专用设备制造业", "C36", "汽车制造业",
            "C37", "铁路、船舶、航空航天和其他运输设备制造业", "C38", "电气机械和器材制造业",
            "C39", "计算机、通信和其他电子设备制造业", "C40", "仪器仪表制造业", "C41", "其他制造业",
            "C42", "废弃资源综合利用业", "C43", "金属制品、机械和设备修理业"};
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i += 2) {
            m.put(names[i], names[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
