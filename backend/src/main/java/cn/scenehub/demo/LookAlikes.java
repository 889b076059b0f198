package cn.scenehub.demo;

import cn.scenehub.demo.IndustryProfiles.Sector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Providers that share a need's words but not its capability: a 视觉营销/短视频 agency beside
 * 机器视觉质检, a 售电 company beside 能耗监测, 第三方检测认证 beside SPC, 物流外包 beside 立体库/WMS,
 * 视频会议 beside AI视频, 城市/园区数字孪生 beside the factory. Written from {@code demo/providers.txt}.
 */
final class LookAlikes {

    private final int year;
    private final ProviderParts parts;

    LookAlikes(int year, ProviderParts parts) {
        this.year = year;
        this.parts = parts;
    }

    List<Blocks.Block> kinds() {
        return parts.archetypes("lookalike");
    }

    Map<String, Object> write(String id, Blocks.Block kind, SplittableRandom rng) {
        ProviderParts.Identity who = parts.identity(parts.pick(kind.items("pstem"), rng), rng);
        List<String> codes = parts.some(kind.items("industries"), 2 + rng.nextInt(3), rng);
        codes = codes.stream().sorted().toList();
        List<Sector> sectors = new ArrayList<>();
        for (String code : codes) {
            sectors.add(IndustryProfiles.all().stream().filter(s -> s.code().equals(code)).findFirst().orElseThrow());
        }
        Template tpl = parts.template(rng, who, sectors, List.of());
        StringBuilder d = new StringBuilder(ProviderParts.sentence(tpl.text(parts.pick(kind.all("line"), rng))));
        if (rng.nextInt(100) < 40) {
            // neutral facts only: founding year and staff, a listing in the provider pool, clients
            d.append(tpl.text(parts.line("lookproof", rng)));
        }
        List<Map<String, Object>> caps = new ArrayList<>();
        List<String> capTexts = parts.some(kind.all("cap"), rng.nextInt(100) < 30 ? 2 : 1, rng);
        for (String text : capTexts) {
            Map<String, Object> cap = new LinkedHashMap<>();
            cap.put("category", kind.one("category", "SERVICE"));
            cap.put("modes", kind.items("modes"));
            cap.put("industries", codes);
            List<String> tags = new ArrayList<>();
            for (String t : kind.items("tags")) {
                if ((d.indexOf(t) >= 0 || text.contains(t)) && tags.size() < 4) {
                    tags.add(t);
                }
            }
            if (tags.size() < 2) {
                for (String t : kind.items("tags")) {
                    if (tags.size() < 2 && !tags.contains(t)) {
                        tags.add(t);
                    }
                }
            }
            cap.put("techTags", tags);
            cap.put("description", text);
            caps.add(cap);
        }
        List<Map<String, Object>> cases = new ArrayList<>();
        int n = rng.nextInt(3);
        for (int i = 0; i < n; i++) {
            Sector s = parts.pick(sectors, rng);
            Template ct = new Template(rng, s::list);
            int k = rng.nextInt(kind.items("ctitle").size());
            String title = ct.text(kind.items("ctitle").get(k));
            if (cases.stream().anyMatch(c -> c.get("title").equals(title))) {
                continue;
            }
            // the k-th case title goes with the k-th result
            cases.add(ProviderParts.caseEntry(title, s.code(), ct.text(kind.items("result").get(k)),
                    2019 + rng.nextInt(Math.max(1, year - 2019))));
        }
        return parts.provider(id, who, d.toString(), "专业型", 1 + rng.nextInt(2), caps, cases, List.of(), rng);
    }
}
