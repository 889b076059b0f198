import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import cn.scenehub.demo.DemoCatalogue;
import cn.scenehub.search.analysis.IndustrialSegmenter;
import cn.scenehub.search.analysis.Synonyms;
import cn.scenehub.search.catalogue.ScenarioQuery;
import cn.scenehub.search.catalogue.ScenarioSearch;
import cn.scenehub.search.index.IndexLayout;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The catalogue search benchmark (not a test): loads generated scenarios through the import API,
 * then measures in one run the catalogue API and OpenSearch itself on the same mix of queries and
 * filters with the same number of concurrent clients, plus bulk indexing (an admin reindex) and
 * segmentation throughput. Started by search-bench.sh, which runs the servers; run with the
 * production jar on the class path (java -cp backend/target/scenehub.jar SearchBench.java ...).
 */
public class SearchBench {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> QUERIES = List.of(
            "数字孪生", "预测性维护", "设备联网", "MES", "视觉质检", "缺陷检测", "能耗监测", "仓储管理", "AGV", "排产",
            "质量追溯", "安全生产", "5G", "工业互联网平台", "边缘计算", "数据采集", "ERP", "供应链协同", "碳足迹",
            "余热回收", "注塑车间能耗分析", "轴承故障预警", "产品表面划痕检测", "仓库管理 扫码出入库", "生产计划自动排程",
            "设备远程运维", "危化品安全监测", "订单交期预测", "智能仓储 立体库", "质量数据分析 SPC", "机器人焊接",
            "能源管理系统", "数字化车间改造", "工艺参数优化", "供应商管理", "客户订单管理", "设备点检", "安全帽识别",
            "WMS", "OEE");
    private static final List<String> CATEGORIES = List.of("RD", "PROD", "QUAL", "EQUIP", "SUPPLY", "MGMT", "SAFE",
            "ENERGY", "SERVICE", "INFRA");
    private static final List<String> REGIONS = List.of("370202", "370203", "370211", "370212", "370213", "370214",
            "370215", "370281", "370283", "370285");
    private static final List<String> MODES = List.of("智能化制造", "网络化协同", "数字化管理", "平台化设计",
            "个性化定制", "服务化延伸");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String app;
    private final String opensearch;
    private final String prefix;
    private String token;

    private SearchBench(String app, String opensearch, String prefix) {
        this.app = app;
        this.opensearch = opensearch;
        this.prefix = prefix;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        SearchBench bench = new SearchBench(options.get("app"), options.get("opensearch"), options.getOrDefault("prefix", ""));
        int scenarios = Integer.parseInt(options.getOrDefault("scenarios", "100000"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "60"));
        int clients = Integer.parseInt(options.getOrDefault("clients", "32"));
        Path report = Path.of(options.getOrDefault("report", "search-bench.md"));
        bench.token = bench.login(options.getOrDefault("admin-password", "bench-admin-password"));
        StringBuilder out = new StringBuilder();
        out.append("load before: ").append(loadAverage()).append('\n');
        List<Map<String, Object>> records = generate(scenarios);
        long indexed = bench.total();
        if (indexed < scenarios && options.containsKey("jdbc")) {
            out.append(loadDirect(options.get("jdbc"), records)).append('\n');
        } else if (indexed < scenarios) {
            out.append(bench.load(records, scenarios)).append('\n');
        } else {
            out.append("reused the ").append(indexed).append(" scenarios already loaded\n");
        }
        if (!"true".equals(options.get("searches-only"))) {
            out.append(segmentation(records)).append('\n');
            out.append(bench.reindex()).append('\n');
        }
        int uniqueShare = Integer.parseInt(options.getOrDefault("unique-share", "30"));
        Sequence sequence = bench.sequence(60_000, 500, uniqueShare);
        out.append(sequence.describe()).append('\n');
        String generationKey = cn.scenehub.catalogue.CatalogueCache.generationKey(new IndexLayout(1, 0, bench.prefix));
        String redis = options.getOrDefault("redis", "redis://127.0.0.1:6379/2");
        // Warm-up (JIT, connections) on requests of the sequence's far end, so the phases start cold.
        bench.run("warm-up app", clients, 15, i -> sequence.at(sequence.size() - 1 - i).app(bench, false));
        bench.run("warm-up OpenSearch", clients, 10, i -> sequence.at(sequence.size() - 1 - i).raw(bench));
        long appPid = Long.parseLong(options.getOrDefault("app-pid", "0"));
        long nodePid = Long.parseLong(options.getOrDefault("opensearch-pid", "0"));
        out.append("\n| measured | requests | throughput/s | p50 ms | p95 ms | p99 ms | errors | app CPU ms/request | OpenSearch CPU ms/request |\n|---|---|---|---|---|---|---|---|---|\n");
        List<String> ratios = new ArrayList<>();
        // Back to back with all clients, back to back with 4, then all clients as people would
        // search: each pausing a second on average between an answer and the next request.
        // Each phase of a shape answers the same first requests of the sequence (a fixed count, so
        // OpenSearch alone is timed on exactly the requests the application was), within a time cap.
        int requests = Integer.parseInt(options.getOrDefault("requests", "8000"));
        int[][] shapes = {{clients, requests, 0}, {4, requests / 2, 0}, {clients, requests / 4, 1000}};
        for (int[] shape : shapes) {
            int concurrency = shape[0];
            int think = shape[2];
            String load = think == 0 ? concurrency + " clients" : concurrency + " clients pausing ~1 s";
            Stats[] phase = new Stats[3];
            String[] names = {"catalogue API", "catalogue API, no-cache", "OpenSearch alone"};
            for (int k = 0; k < 3; k++) {
                // Every phase walks the same sequence from its start with OpenSearch's request cache
                // and the application's catalogue cache emptied, so none profits from another.
                bench.clearRequestCache();
                redisCommand(redis, "INCR " + generationKey);
                Thread.sleep(1000); // the application reads the generation at most every 500 ms
                double[] before = {cpuMillis(appPid), cpuMillis(nodePid)};
                int kind = k;
                phase[k] = bench.run(names[k] + ", " + load, concurrency, seconds * 3, think, shape[1], i -> kind == 2
                        ? sequence.at(i).raw(bench) : sequence.at(i).app(bench, kind == 1));
                double[] after = {cpuMillis(appPid), cpuMillis(nodePid)};
                out.append(phase[k].row((after[0] - before[0]) / phase[k].nanos().length,
                        (after[1] - before[1]) / phase[k].nanos().length));
            }
            ratios.add(String.format(Locale.ROOT, "%s: app p50 / OpenSearch p50 = %.2f (no-cache %.2f)",
                    load, phase[0].p(50) / phase[2].p(50), phase[1].p(50) / phase[2].p(50)));
        }
        out.append('\n');
        ratios.forEach(line -> out.append(line).append('\n'));
        out.append("load after: ").append(loadAverage()).append('\n');
        System.out.println(out);
        Files.writeString(report, out.toString());
        System.exit(0);
    }

    /**
     * One request of the mix, sent to the catalogue API or to OpenSearch with the body the app
     * sends (and, like the app, once more relaxed when the first finds nothing).
     */
    private record Request(ScenarioQuery query, String url, String body, String relaxed) {
        int app(SearchBench bench, boolean noCache) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(bench.app + url)).GET();
            if (noCache) {
                request.header("Cache-Control", "no-cache");
            }
            return bench.http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        }

        int raw(SearchBench bench) throws Exception {
            HttpResponse<String> response = bench.search(body);
            if (relaxed != null && response.statusCode() == 200 && response.body().contains("\"total\":{\"value\":0,")) {
                response = bench.search(relaxed);
            }
            return response.statusCode();
        }
    }

    private void clearRequestCache() throws Exception {
        http.send(HttpRequest.newBuilder(URI.create(opensearch + "/" + prefix + "scenarios/_cache/clear?request=true"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
    }

    private HttpResponse<String> search(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(opensearch + "/" + prefix + "scenarios/_search?request_cache=true"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The order requests arrive in, the same for every phase: {@code 100 - uniqueShare} % drawn
     * from {@code popular} requests by Zipf's law (the first page of a category, a popular term:
     * the i-th most asked is asked 1/i as often as the first), the rest asked once only (two terms
     * together, with filters). A popular request: 80 % with a query (a field term or a need in
     * plain words), 20 % browsing newest first; a quarter each filtered by category, district,
     * year; a tenth by mode; a tenth on pages 2-5; 20 results a page.
     */
    private Sequence sequence(int length, int popular, int uniqueShare) {
        Synonyms.get();
        ScenarioSearch search = new ScenarioSearch(null, new IndexLayout(1, 0, prefix));
        SplittableRandom rng = new SplittableRandom(42);
        List<Request> head = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (head.size() < popular) {
            String q = rng.nextInt(100) < 80 ? QUERIES.get(rng.nextInt(QUERIES.size())) : null;
            Request request = request(search, rng, q, rng.nextInt(10) == 0 ? 1 + rng.nextInt(4) : 0);
            if (seen.add(request.url())) {
                head.add(request);
            }
        }
        double[] cumulative = new double[popular];
        double sum = 0;
        for (int i = 0; i < popular; i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        Request[] order = new Request[length];
        int unique = 0;
        for (int n = 0; n < length; n++) {
            if (rng.nextInt(100) < uniqueShare) {
                Request once;
                do { // two terms of the list together, with filters: asked once in the whole sequence
                    String q = QUERIES.get(rng.nextInt(QUERIES.size())) + " " + QUERIES.get(rng.nextInt(QUERIES.size()));
                    once = request(search, rng, q, rng.nextInt(5));
                } while (!seen.add(once.url()));
                order[n] = once;
                unique++;
            } else {
                int rank = Arrays.binarySearch(cumulative, rng.nextDouble() * sum);
                order[n] = head.get(rank < 0 ? -rank - 1 : rank);
            }
        }
        return new Sequence(order, popular, unique);
    }

    private Request request(ScenarioSearch search, SplittableRandom rng, String q, int page) {
        String category = rng.nextInt(4) == 0 ? CATEGORIES.get(rng.nextInt(CATEGORIES.size())) : null;
        String region = rng.nextInt(4) == 0 ? REGIONS.get(rng.nextInt(REGIONS.size())) : null;
        Integer year = rng.nextInt(4) == 0 ? 2021 + rng.nextInt(6) : null;
        String mode = rng.nextInt(10) == 0 ? MODES.get(rng.nextInt(MODES.size())) : null;
        ScenarioQuery query = new ScenarioQuery(q, year, null, category == null ? null : List.of(category),
                mode == null ? null : List.of(mode), null, null, region == null ? null : List.of(region),
                null, null, null, null, page, 20, null);
        StringBuilder url = new StringBuilder("/api/v1/catalogue/scenarios?size=20&page=").append(page);
        param(url, "q", q);
        param(url, "category", category);
        param(url, "region", region);
        param(url, "year", year == null ? null : year.toString());
        param(url, "mode", mode);
        return new Request(query, url.toString(), search.requestJson(query), search.relaxedRequestJson(query));
    }

    /** Requests in arrival order; a phase longer than the sequence starts it again. */
    private record Sequence(Request[] order, int popular, int unique) {
        Request at(int i) {
            return order[Math.floorMod(i, order.length)];
        }

        int size() {
            return order.length;
        }

        /** How many requests repeat an earlier one within the first {@code n}: what any cache could answer. */
        double repeatShare(int n) {
            java.util.Set<String> asked = new java.util.HashSet<>();
            int repeats = 0;
            for (int i = 0; i < n; i++) {
                if (!asked.add(at(i).url())) {
                    repeats++;
                }
            }
            return (double) repeats / n;
        }

        String describe() {
            return String.format(Locale.ROOT, "request sequence: %d requests, %d asked once, the rest from %d popular"
                    + " ones by Zipf's law; repeats of an earlier request: %.0f %% of the first 5,000, %.0f %% of the"
                    + " first 20,000", order.length, unique, popular, 100 * repeatShare(5000), 100 * repeatShare(20000));
        }
    }

    /** One command to Redis over its plain-text protocol ({@code redis://host:port/db}); answers its reply line. */
    private static String redisCommand(String uri, String command) throws Exception {
        URI parsed = URI.create(uri);
        String db = parsed.getPath() == null || parsed.getPath().length() <= 1 ? "0" : parsed.getPath().substring(1);
        try (java.net.Socket socket = new java.net.Socket(parsed.getHost(), parsed.getPort() == -1 ? 6379 : parsed.getPort())) {
            socket.getOutputStream().write(("SELECT " + db + "\r\n" + command + "\r\n").getBytes(StandardCharsets.UTF_8));
            var reader = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            reader.readLine(); // +OK of SELECT
            return reader.readLine();
        }
    }

    private static void param(StringBuilder url, String name, String value) {
        if (value != null) {
            url.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    /** The demo generator's scenarios, a thousand per generated year, spread over 2021-2026. */
    private static List<Map<String, Object>> generate(int count) {
        DemoCatalogue demo = new DemoCatalogue();
        List<Map<String, Object>> records = new ArrayList<>(count);
        for (int year = 1901; records.size() < count; year++) {
            for (Map<String, Object> record : demo.scenarios(year)) {
                if (records.size() == count) {
                    break;
                }
                Map<String, Object> copy = new LinkedHashMap<>(record);
                int n = records.size();
                copy.put("externalId", String.format(Locale.ROOT, "BENCH-%06d", n));
                copy.put("year", 2021 + n % 6);
                copy.put("batch", (2021 + n % 6) + "-" + (1 + n % 2));
                copy.remove("deadline");
                records.add(copy);
            }
        }
        return records;
    }

    private String load(List<Map<String, Object>> records, int count) throws Exception {
        long start = System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        ExecutorService loaders = Executors.newFixedThreadPool(2);
        List<Future<?>> futures = new ArrayList<>();
        for (int from = 0; from < records.size(); from += 500) {
            List<Map<String, Object>> batch = records.subList(from, Math.min(from + 500, records.size()));
            futures.add(loaders.submit(() -> {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(app
                                + "/api/v1/admin/imports/scenarios?status=PUBLISHED"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .timeout(Duration.ofMinutes(10))
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(batch))).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("import failed: " + response.statusCode() + " " + response.body());
                }
                int n = done.addAndGet(batch.size());
                if (n % 10_000 == 0) {
                    System.out.println("imported " + n);
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        loaders.shutdown();
        double importSeconds = (System.nanoTime() - start) / 1e9;
        while (total() < count) { // the outbox relay indexes behind the imports
            Thread.sleep(1000);
        }
        double indexedSeconds = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "import through the API: %d scenarios in %.0f s (%.0f/s); all searchable after %.0f s",
                count, importSeconds, count / importSeconds, indexedSeconds);
    }

    /**
     * Writes the scenarios and their enterprises straight into MySQL as published (the import API
     * manages some 80 records a second on a busy 2-core machine, which would make the benchmark
     * take half an hour); the reindex that follows indexes them.
     */
    private static String loadDirect(String jdbc, List<Map<String, Object>> records) throws Exception {
        long start = System.nanoTime();
        try (java.sql.Connection db = java.sql.DriverManager.getConnection(jdbc, "root", System.getenv().getOrDefault("BENCH_DB_PASSWORD", ""))) {
            db.setAutoCommit(false);
            java.sql.Timestamp now = new java.sql.Timestamp(System.currentTimeMillis());
            try (var insert = db.prepareStatement("""
                    INSERT IGNORE INTO organization (kind, name, credit_code, region_code, industry_code, scale, status,
                        created_at, updated_at) VALUES ('MANUFACTURER', ?, ?, ?, ?, ?, 'APPROVED', ?, ?)""")) {
                for (Map<String, Object> record : records) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> e = (Map<String, Object>) record.get("enterprise");
                    insert.setString(1, (String) e.get("name"));
                    insert.setString(2, (String) e.get("creditCode"));
                    insert.setString(3, (String) e.get("region"));
                    insert.setString(4, (String) e.get("industryCode"));
                    insert.setString(5, (String) e.get("scale"));
                    insert.setTimestamp(6, now);
                    insert.setTimestamp(7, now);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            Map<String, Long> organizations = new java.util.HashMap<>();
            try (var rows = db.createStatement().executeQuery("SELECT id, credit_code FROM organization")) {
                while (rows.next()) {
                    organizations.put(rows.getString(2), rows.getLong(1));
                }
            }
            try (var insert = db.prepareStatement("""
                    INSERT INTO scenario (external_id, year, batch, title, description, organization_id, industry_code,
                        industry_chain, category, modes, tech_tags, region_code, budget_min, budget_max, status,
                        created_at, updated_at, published_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, ?, ?)""")) {
                int n = 0;
                for (Map<String, Object> r : records) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> e = (Map<String, Object>) r.get("enterprise");
                    @SuppressWarnings("unchecked")
                    Map<String, Object> budget = (Map<String, Object>) r.getOrDefault("budget", Map.of());
                    java.sql.Timestamp published = new java.sql.Timestamp(now.getTime() - n * 60_000L);
                    insert.setString(1, (String) r.get("externalId"));
                    insert.setInt(2, (Integer) r.get("year"));
                    insert.setString(3, (String) r.get("batch"));
                    insert.setString(4, (String) r.get("title"));
                    insert.setString(5, (String) r.get("description"));
                    insert.setLong(6, organizations.get((String) e.get("creditCode")));
                    insert.setString(7, (String) r.get("industryCode"));
                    insert.setString(8, (String) r.get("industryChain"));
                    insert.setString(9, (String) r.get("category"));
                    insert.setString(10, JSON.writeValueAsString(r.getOrDefault("modes", List.of())));
                    insert.setString(11, JSON.writeValueAsString(r.getOrDefault("techTags", List.of())));
                    insert.setString(12, (String) r.get("region"));
                    insert.setObject(13, budget.get("min") == null ? null : ((Number) budget.get("min")).longValue());
                    insert.setObject(14, budget.get("max") == null ? null : ((Number) budget.get("max")).longValue());
                    insert.setTimestamp(15, now);
                    insert.setTimestamp(16, now);
                    insert.setTimestamp(17, published);
                    insert.addBatch();
                    if (++n % 2000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            db.commit();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "loaded %d scenarios straight into MySQL in %.0f s (indexed by the reindex below)",
                records.size(), seconds);
    }

    /** Single-thread segmentation of every title and description, after a warm-up. */
    private static String segmentation(List<Map<String, Object>> records) {
        Synonyms.get();
        IndustrialSegmenter segmenter = IndustrialSegmenter.get();
        List<String> texts = new ArrayList<>();
        for (Map<String, Object> record : records) {
            texts.add(record.get("title") + "\n" + record.get("description"));
        }
        for (int i = 0; i < Math.min(2000, texts.size()); i++) {
            segmenter.segment(texts.get(i));
        }
        long chars = 0;
        long start = System.nanoTime();
        for (String text : texts) {
            chars += text.length();
            segmenter.segment(text);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "segmentation, one thread: %d texts, %.1f M chars in %.1f s = %.2f M chars/s, %.0f texts/s",
                texts.size(), chars / 1e6, seconds, chars / 1e6 / seconds, texts.size() / seconds);
    }

    /** An admin reindex: every public scenario and provider plus the completions, bulk-loaded into new indices. */
    private String reindex() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> started = http.send(HttpRequest.newBuilder(URI.create(app + "/api/v1/admin/search/reindex"))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new IllegalStateException("reindex not started: " + started.body());
        }
        String location = started.headers().firstValue("Location").orElseThrow();
        JsonNode job;
        do {
            Thread.sleep(500);
            job = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(app + location))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
        } while ("RUNNING".equals(job.path("status").asText()));
        double seconds = (System.nanoTime() - start) / 1e9;
        long docs = job.path("scenarios").asLong() + job.path("providers").asLong() + job.path("terms").asLong();
        return String.format(Locale.ROOT, "bulk indexing (admin reindex, %s): %d scenarios + %d providers + %d terms in %.1f s = %.0f docs/s (%.0f scenarios/s incl. reading MySQL and segmenting)",
                job.path("status").asText(), job.path("scenarios").asLong(), job.path("providers").asLong(),
                job.path("terms").asLong(), seconds, docs / seconds, job.path("scenarios").asLong() / seconds);
    }

    private interface Call {
        int send(int i) throws Exception;
    }

    private record Stats(String name, long[] nanos, long errors, double seconds) {
        double p(int percentile) {
            if (nanos.length == 0) {
                return Double.NaN;
            }
            return nanos[Math.min(nanos.length - 1, (int) Math.ceil(percentile / 100.0 * nanos.length) - 1)] / 1e6;
        }

        String row() {
            return String.format(Locale.ROOT, "| %s | %d | %.0f | %.1f | %.1f | %.1f | %d |%n", name, nanos.length,
                    nanos.length / seconds, p(50), p(95), p(99), errors);
        }

        String row(double appCpu, double nodeCpu) {
            return String.format(Locale.ROOT, "| %s | %d | %.0f | %.1f | %.1f | %.1f | %d | %.2f | %.2f |%n", name,
                    nanos.length, nanos.length / seconds, p(50), p(95), p(99), errors, appCpu, nodeCpu);
        }
    }

    /** {@code clients} threads sending requests back to back for {@code seconds}; latencies of each. */
    private Stats run(String name, int clients, int seconds, Call call) throws Exception {
        return run(name, clients, seconds, 0, Integer.MAX_VALUE, call);
    }

    /**
     * As above, each client pausing after every answer for a random time (exponential, mean
     * {@code thinkMillis}) as a person reading results would; 0 sends back to back. Stops after
     * {@code limit} requests or {@code seconds}, whichever comes first.
     */
    private Stats run(String name, int clients, int seconds, int thinkMillis, int limit, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicInteger next = new AtomicInteger();
        List<Future<long[]>> futures = new ArrayList<>();
        long[] errors = new long[1];
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            SplittableRandom pause = new SplittableRandom(c);
            futures.add(pool.submit(() -> {
                long[] mine = new long[1024];
                int n = 0;
                while (System.nanoTime() < end) {
                    int i = next.getAndIncrement();
                    if (i >= limit) {
                        break;
                    }
                    long t0 = System.nanoTime();
                    int status;
                    try {
                        status = call.send(i);
                    } catch (Exception e) {
                        status = -1;
                    }
                    long took = System.nanoTime() - t0;
                    if (status != 200) {
                        synchronized (errors) {
                            errors[0]++;
                        }
                        continue;
                    }
                    if (n == mine.length) {
                        mine = Arrays.copyOf(mine, n * 2);
                    }
                    mine[n++] = took;
                    if (thinkMillis > 0) {
                        Thread.sleep((long) (-Math.log(1 - pause.nextDouble()) * thinkMillis));
                    }
                }
                return Arrays.copyOf(mine, n);
            }));
        }
        List<long[]> parts = new ArrayList<>();
        for (Future<long[]> future : futures) {
            parts.add(future.get());
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long[] all = parts.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        Stats stats = new Stats(name, all, errors[0], elapsed);
        System.out.print(stats.row());
        return stats;
    }

    private long total() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(app + "/api/v1/catalogue/scenarios?size=1"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? JSON.readTree(response.body()).path("total").asLong() : 0;
    }

    private String login(String password) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(app + "/api/v1/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("username", "admin",
                        "password", password)))).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).path("accessToken").asText();
    }

    /** User + system CPU time a process has used so far, from /proc (0 when unknown). */
    private static double cpuMillis(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10.0; // clock ticks of 10 ms
        } catch (Exception e) {
            return 0;
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim() + " (1, 5, 15 min; "
                    + Runtime.getRuntime().availableProcessors() + " cores)";
        } catch (Exception e) {
            return "unknown";
        }
    }
}
