package cn.scenehub.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.scenehub.demo.DemoCatalogue;
import cn.scenehub.matching.engine.MatchIndex;
import cn.scenehub.matching.engine.MatchText;
import cn.scenehub.matching.engine.MatchWeights;
import cn.scenehub.matching.engine.MatchableProvider;
import cn.scenehub.matching.engine.MatchableScenario;
import cn.scenehub.matching.engine.PairScore;
import cn.scenehub.matching.engine.Places;
import cn.scenehub.matching.engine.ProviderCache;
import cn.scenehub.matching.engine.ReasonWriter;
import cn.scenehub.provider.Capability;
import cn.scenehub.provider.Product;
import cn.scenehub.provider.ProviderCase;
import cn.scenehub.search.analysis.IndustrialSegmenter;
import cn.scenehub.search.analysis.RelatedTerms;
import cn.scenehub.search.analysis.Synonyms;

/**
 * The matching engine at the scale of the issue: 10,240 listed providers (the demo pool generated
 * for 32 pool years) and the 1,000 scenarios of a demo year. Prints the snapshot build time and
 * heap, and the latency of one scenario's match list (top 10 with their reasons) single-threaded
 * and with two concurrent callers. Run with {@code infra/bench/matching-bench.sh}; not a test.
 */
public final class MatchingBenchmark {

    static final Places PLACES = new Places() {
        public String categoryName(String code) { return code; }
        public String industryName(String code) { return code; }
        public String regionName(String code) { return code; }
        public boolean covers(String service, String district) {
            String s = service.replaceAll("0+$", "");
            return district.startsWith(s);
        }
    };

    public static void main(String[] args) throws Exception {
        int pools = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        List<MatchableProvider> providers = new ArrayList<>();
        for (int year = 2000; year < 2000 + pools; year++) {
            for (Map<String, Object> p : new DemoCatalogue(year).providers()) {
                providers.add(provider(providers.size() + 1L, p));
            }
        }
        List<MatchableScenario> scenarios = new ArrayList<>();
        for (Map<String, Object> s : new DemoCatalogue().scenarios(2026)) {
            scenarios.add(scenario(scenarios.size() + 1L, s));
        }
        System.out.printf(Locale.ROOT, "java %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        Synonyms synonyms = Synonyms.get();
        MatchText text = new MatchText(IndustrialSegmenter.get(), synonyms, RelatedTerms.load(synonyms), MatchWeights.DEFAULTS.analysis());
        long heapBefore = usedHeap();
        long t0 = System.nanoTime();
        ProviderCache cache = new ProviderCache(text, MatchWeights.DEFAULTS.analysis());
        MatchIndex index = new MatchIndex(providers, cache, MatchWeights.DEFAULTS, PLACES);
        long buildMs = (System.nanoTime() - t0) / 1_000_000;
        long heapAfter = usedHeap();
        System.out.printf(Locale.ROOT, "snapshot: %d providers built in %d ms, ~%d MB heap%n", index.size(), buildMs,
                (heapAfter - heapBefore) >> 20);
        // what an instance does when one provider edits its profile: only that one is compiled again
        List<MatchableProvider> edited = new ArrayList<>(providers);
        MatchableProvider first = providers.get(0);
        edited.set(0, new MatchableProvider(first.id(), first.externalId(), first.name(), first.regionCode(),
                first.description() + "新增数字孪生服务。", first.platformType(), first.maturityLevel(), first.capabilities(),
                first.cases(), first.products(), first.serviceRegions(), 0, 0));
        long t1 = System.nanoTime();
        new MatchIndex(edited, cache, MatchWeights.DEFAULTS, PLACES);
        System.out.printf(Locale.ROOT, "snapshot after one provider changed: %d ms%n", (System.nanoTime() - t1) / 1_000_000);
        ReasonWriter reasons = new ReasonWriter(PLACES);
        // JIT warm-up on the first half; the second half is then asked for the first time (its text not yet compiled)
        List<MatchableScenario> warm = scenarios.subList(0, scenarios.size() / 2);
        for (MatchableScenario s : warm) {
            matchList(index, reasons, s);
        }
        report("first ask", measure(index, reasons, scenarios.subList(scenarios.size() / 2, scenarios.size()), 1));
        report("1 caller ", measure(index, reasons, scenarios, 1));
        report("2 callers", measure(index, reasons, scenarios, 2));
    }

    /** What GET /scenarios/{id}/matches computes: the top ten and their reasons. */
    static int matchList(MatchIndex index, ReasonWriter reasons, MatchableScenario s) {
        int n = 0;
        for (PairScore pair : index.rank(s, 10)) {
            n += reasons.reasons(index, s, pair).size();
        }
        return n;
    }

    static long[] measure(MatchIndex index, ReasonWriter reasons, List<MatchableScenario> scenarios, int callers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < callers; c++) {
            int offset = c;
            futures.add(pool.submit(() -> {
                long[] nanos = new long[scenarios.size()];
                for (int i = 0; i < scenarios.size(); i++) {
                    MatchableScenario s = scenarios.get((i + offset * 500) % scenarios.size());
                    long start = System.nanoTime();
                    matchList(index, reasons, s);
                    nanos[i] = System.nanoTime() - start;
                }
                return nanos;
            }));
        }
        long[] all = new long[0];
        for (Future<long[]> f : futures) {
            long[] part = f.get();
            long[] merged = Arrays.copyOf(all, all.length + part.length);
            System.arraycopy(part, 0, merged, all.length, part.length);
            all = merged;
        }
        pool.shutdown();
        Arrays.sort(all);
        return all;
    }

    static void report(String label, long[] sorted) {
        System.out.printf(Locale.ROOT, "match list (top 10 + reasons), %s: n=%d  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms%n",
                label, sorted.length, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted[sorted.length - 1] / 1e6);
    }

    static double pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    static long usedHeap() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    @SuppressWarnings("unchecked")
    static MatchableProvider provider(long id, Map<String, Object> p) {
        List<Capability> caps = ((List<Map<String, Object>>) p.get("capabilities")).stream()
                .map(c -> new Capability((String) c.get("category"), (List<String>) c.get("modes"), (List<String>) c.get("industries"),
                        (List<String>) c.get("techTags"), (String) c.get("description"))).toList();
        List<ProviderCase> cases = ((List<Map<String, Object>>) p.getOrDefault("cases", List.of())).stream()
                .map(c -> new ProviderCase((String) c.get("title"), (String) c.get("industryCode"), (String) c.get("description"),
                        c.get("year") == null ? null : ((Number) c.get("year")).intValue())).toList();
        List<Product> products = ((List<Map<String, Object>>) p.getOrDefault("products", List.of())).stream()
                .map(c -> new Product((String) c.get("name"), (String) c.get("description"))).toList();
        Object maturity = p.get("maturityLevel");
        return new MatchableProvider(id, (String) p.get("externalId"), (String) p.get("name"), (String) p.get("region"),
                (String) p.get("description"), (String) p.get("platformType"), maturity == null ? null : ((Number) maturity).intValue(),
                caps, cases, products, (List<String>) p.getOrDefault("serviceRegions", List.of()), 0, 0);
    }

    @SuppressWarnings("unchecked")
    static MatchableScenario scenario(long id, Map<String, Object> s) {
        return new MatchableScenario(id, (String) s.get("externalId"), (String) s.get("title"), (String) s.get("description"),
                (String) s.get("category"), (List<String>) s.get("modes"), (String) s.get("industryCode"),
                (String) s.get("industryChain"), (List<String>) s.getOrDefault("techTags", List.of()), (String) s.get("region"));
    }
}
