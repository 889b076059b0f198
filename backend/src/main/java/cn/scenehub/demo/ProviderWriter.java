package cn.scenehub.demo;

import cn.scenehub.demo.IndustryProfiles.Sector;
import cn.scenehub.demo.Themes.Fragment;
import cn.scenehub.demo.Themes.Theme;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes one provider of the pool: a 专业型 specialist of one theme (sometimes with a related
 * second capability), a 特色型 platform of one industry chain, or a 综合型 generalist with a
 * broad catalogue. Descriptions, capability texts, cases and products come from the same theme
 * blocks the scenarios are written from, so what a provider claims is what a scenario asks.
 */
final class ProviderWriter {

    private final int year;
    private final ProviderParts parts;

    ProviderWriter(int year, ProviderParts parts) {
        this.year = year;
        this.parts = parts;
    }

    Map<String, Object> specialist(String id, Theme theme, SplittableRandom rng) {
        List<Sector> sectors = parts.sectorsFor(List.of(theme), 1 + rng.nextInt(4), true, rng);
        List<Theme> themes = new ArrayList<>(List.of(theme));
        List<String> related = theme.items("related");
        if (!related.isEmpty() && rng.nextInt(100) < 35) {
            Theme second = Themes.byKey(related.get(rng.nextInt(related.size())));
            if (sectors.stream().anyMatch(second::fits)) {
                themes.add(second);
            }
        }
        ProviderParts.Identity who = parts.identity(pstem(theme, rng), rng);
        Template tpl = parts.template(rng, who, sectors, themes);
        StringBuilder d = new StringBuilder();
        List<String> nouns = theme.items("noun");
        List<Fragment> offers = theme.part("offer");
        int form = rng.nextInt(3);
        if (form == 0) {
            d.append(nouns.get(rng.nextInt(nouns.size()))).append("。");
        } else if (form == 1) {
            d.append(tpl.text("公司成立于{#2008-2021}年，是一家")).append(nouns.get(rng.nextInt(nouns.size()))).append("，");
        }
        List<Fragment> chosen = parts.some(offers, rng.nextInt(100) < 45 ? 2 : 1, rng);
        for (Fragment f : chosen) {
            d.append(ProviderParts.sentence(tpl.text(f.text())));
        }
        if (themes.size() > 1) {
            d.append("同时提供").append(themes.get(1).name()).append("相关服务。");
        }
        if (form != 1 && (rng.nextInt(100) < 55 || d.length() < 60)) {
            d.append(parts.proof(tpl, d, rng));
        }
        int level = rng.nextInt(100) < 28 ? 1 : rng.nextInt(100) < 72 ? 2 : 3;
        List<Map<String, Object>> caps = new ArrayList<>();
        for (Theme t : themes) {
            caps.add(parts.capability(t, sectors, d.toString(), rng));
        }
        if (themes.size() == 1 && theme.part("cap").size() > 1 && rng.nextInt(100) < 25) {
            caps.add(parts.capability(theme, sectors, d.toString(), rng));
        }
        int cases = pickCases(level, rng);
        return parts.provider(id, who, d.toString(), "专业型", level, caps,
                parts.cases(themes, sectors, cases, year, rng), parts.products(themes, who, rng.nextInt(100) < 55 ? 1 + rng.nextInt(2) : 0, rng), rng);
    }

    Map<String, Object> featured(String id, String chain, SplittableRandom rng) {
        List<Sector> inChain = IndustryProfiles.all().stream().filter(s -> s.chain().equals(chain)).toList();
        List<Sector> sectors = parts.pickSectors(inChain, Math.min(inChain.size(), 2 + rng.nextInt(2)), rng);
        Blocks.Block block = parts.archetype("featured");
        List<Theme> pool = block.items("themes").stream().map(Themes::byKey).toList();
        List<Theme> themes = parts.themesFor(sectors, 2 + rng.nextInt(2), pool, rng);
        ProviderParts.Identity who = parts.identity(parts.pick(block.items("pstem"), rng), rng);
        Template tpl = parts.template(rng, who, sectors, themes);
        StringBuilder d = new StringBuilder(ProviderParts.sentence(tpl.text(parts.pick(block.all("line"), rng))));
        for (Fragment f : themes.get(0).part("offer")) {
            if (!f.text().contains("{industries}")) {
                d.append(ProviderParts.sentence(tpl.text(f.text())));
                break;
            }
        }
        d.append(parts.proof(tpl, d, rng));
        List<Map<String, Object>> caps = new ArrayList<>();
        for (Theme t : themes) {
            caps.add(parts.capability(t, sectors, d.toString(), rng));
        }
        int level = rng.nextInt(100) < 55 ? 2 : 3;
        return parts.provider(id, who, d.toString(), "特色型", level, caps,
                parts.cases(themes, sectors, 1 + rng.nextInt(4), year, rng), parts.products(themes, who, rng.nextInt(3), rng), rng);
    }

    Map<String, Object> generalist(String id, Blocks.Block block, SplittableRandom rng) {
        List<Theme> offered = new ArrayList<>();
        for (String key : block.items("themes")) {
            offered.add(Themes.byKey(key));
        }
        List<Theme> themes = new ArrayList<>(parts.some(offered, 3 + rng.nextInt(2), rng));
        List<Sector> sectors = parts.sectorsFor(themes, 4 + rng.nextInt(3), false, rng);
        List<Theme> catalogue = new ArrayList<>(themes);
        for (Theme t : parts.some(offered, 3, rng)) {
            if (!catalogue.contains(t)) {
                catalogue.add(t);
            }
        }
        ProviderParts.Identity who = parts.identity(parts.pick(block.items("pstem"), rng), rng);
        Template tpl = parts.template(rng, who, sectors, catalogue);
        StringBuilder d = new StringBuilder(ProviderParts.sentence(tpl.text(parts.pick(block.all("line"), rng))));
        d.append(parts.proof(tpl, d, rng));
        List<Map<String, Object>> caps = new ArrayList<>();
        for (Theme t : themes) {
            caps.add(parts.capability(t, sectors, d.toString(), rng));
        }
        int level = rng.nextInt(100) < 80 ? 3 : 2;
        return parts.provider(id, who, d.toString(), "综合型", level, caps,
                parts.cases(themes, sectors, 1 + rng.nextInt(5), year, rng), parts.products(themes, who, rng.nextInt(4), rng), rng);
    }

    private static int pickCases(int level, SplittableRandom rng) {
        int r = rng.nextInt(100);
        int n = r < 22 ? 0 : r < 52 ? 1 : r < 77 ? 2 : r < 92 ? 3 : 4;
        return Math.min(5, n + (level == 3 ? 1 : 0));
    }

    private String pstem(Theme theme, SplittableRandom rng) {
        return parts.pick(theme.items("pstem"), rng);
    }
}
