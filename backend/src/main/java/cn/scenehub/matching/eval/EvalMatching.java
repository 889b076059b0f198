package cn.scenehub.matching.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import cn.scenehub.imports.ImportResult;
import cn.scenehub.imports.ImportService;
import cn.scenehub.matching.FeedbackEvaluation;
import cn.scenehub.matching.MatchEngine;
import cn.scenehub.matching.MatchSources;
import cn.scenehub.matching.engine.MatchIndex;
import cn.scenehub.scenario.ScenarioRepository;
import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import org.opensearch.client.opensearch.OpenSearchClient;

/**
 * {@code java -jar scenehub.jar eval-matching --scenarios F --providers F --qrels F}: imports the
 * files (exchange format, JSON or NDJSON) into a scratch database on the configured MySQL server,
 * builds the match index from it, ranks the top ten providers of every scenario and prints nDCG@10,
 * P@3, Recall@10 and MRR (see {@link RankingMetrics}). The scratch database and any scratch index
 * are dropped afterwards unless {@code --keep} is given.
 *
 * <p>{@code eval-matching --feedback} instead measures the current ranking of the configured
 * database ({@code SCENEHUB_DB_URL} …) against the feedback users gave on recommended pairs
 * (see {@code FeedbackEvaluation}); it changes nothing there.
 *
 * <p>Options: {@code --db-server URL} (JDBC URL of the server without a database, default from
 * {@code SCENEHUB_DB_URL}'s host or {@code jdbc:mysql://127.0.0.1:3306/}), {@code --db-user},
 * {@code --db-password}, {@code --set key=value} (any application property, repeatable),
 * {@code --show N} (print the top N of every scenario with grades).
 */
public final class EvalMatching {

    private EvalMatching() {
    }

    public record Outcome(RankingMetrics metrics, int rejectedRecords) {
    }

    public static void main(String[] args) {
        try {
            Outcome outcome = run(args, System.out);
            System.exit(outcome.rejectedRecords() == 0 ? 0 : 1);
        } catch (IllegalArgumentException e) {
            System.err.println("eval-matching: " + e.getMessage());
            System.err.println("usage: eval-matching --scenarios F --providers F --qrels F [--db-server URL] [--keep] [--show N] [--set key=value]");
            System.err.println("       eval-matching --feedback");
            System.exit(2);
        }
    }

    public static Outcome run(String[] args, PrintStream out) {
        if (List.of(args).contains("--feedback")) {
            return fromFeedback(out);
        }
        Options options = Options.parse(args);
        String scratch = "scenehub_eval_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Map<String, Object> properties = new HashMap<>();
        properties.put("datasources.default.url", options.server + scratch
                + "?createDatabaseIfNotExist=true&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci");
        properties.put("datasources.default.username", options.user);
        properties.put("datasources.default.password", options.password);
        properties.put("scenehub.opensearch.index-prefix", scratch + "-");
        properties.put("scenehub.search.relay-enabled", false);
        properties.put("scenehub.demo.mode", "false");
        properties.putAll(options.overrides);
        try (ApplicationContext context = ApplicationContext.builder().properties(properties).deduceEnvironment(false).start()) {
            try {
                return evaluate(context, options, out);
            } finally {
                if (!options.keep) {
                    dropIndices(context, scratch);
                }
            }
        } finally {
            if (!options.keep) {
                dropDatabase(options, scratch);
            }
        }
    }

    private static Outcome fromFeedback(PrintStream out) {
        try (ApplicationContext context = ApplicationContext.builder()
                .properties(Map.of("scenehub.search.relay-enabled", false, "scenehub.demo.mode", "false"))
                .deduceEnvironment(false).start()) {
            FeedbackEvaluation.Result r = context.getBean(FeedbackEvaluation.class).evaluate();
            out.printf(Locale.ROOT, "feedback on %d pairs of %d scenarios%n", r.judgedPairs(), r.scenarios());
            RankingMetrics metrics = new RankingMetrics(r.scenarios(), r.ndcg10(), r.precision3(), r.recall10(), r.mrr());
            out.println(metrics);
            return new Outcome(metrics, 0);
        }
    }

    private static Outcome evaluate(ApplicationContext context, Options options, PrintStream out) {
        ObjectMapper json = context.getBean(ObjectMapper.class);
        ImportService imports = context.getBean(ImportService.class);
        List<Map<String, Object>> providers = records(json, options.providers);
        List<Map<String, Object>> scenarios = records(json, options.scenarios);
        ImportResult providerResult = imports.importRecords(ImportService.Kind.PROVIDERS, providers, "LISTED", null);
        ImportResult scenarioResult = imports.importRecords(ImportService.Kind.SCENARIOS, scenarios, "PUBLISHED", null);
        int rejected = providerResult.rejected().size() + scenarioResult.rejected().size();
        providerResult.rejected().forEach(e -> out.println("provider rejected: " + e));
        scenarioResult.rejected().forEach(e -> out.println("scenario rejected: " + e));
        MatchIndex index = context.getBean(MatchEngine.class).refresh();
        ScenarioRepository repository = context.getBean(ScenarioRepository.class);
        Map<String, Map<String, Integer>> grades = Qrels.read(options.qrels);
        Map<String, List<String>> rankings = new LinkedHashMap<>();
        long started = System.nanoTime();
        for (Map<String, Object> record : scenarios) {
            String externalId = String.valueOf(record.get("externalId"));
            repository.findByExternalId(externalId).ifPresent(s -> {
                var ranked = index.rank(MatchSources.scenario(s), 10);
                rankings.put(externalId, ranked.stream().map(p -> p.provider().externalId()).toList());
                if (options.show > 0) {
                    out.println(externalId + " " + s.getTitle());
                    ranked.stream().limit(options.show).forEach(p -> out.printf(Locale.ROOT, "   %.3f  g=%d  %s %s%n", p.score(),
                            grades.getOrDefault(externalId, Map.of()).getOrDefault(p.provider().externalId(), 0),
                            p.provider().externalId(), p.provider().name()));
                }
            });
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        RankingMetrics metrics = RankingMetrics.of(rankings, grades);
        out.printf(Locale.ROOT, "providers %d listed, scenarios %d ranked in %d ms%n", index.size(), rankings.size(), millis);
        out.println(metrics);
        return new Outcome(metrics, rejected);
    }

    private static List<Map<String, Object>> records(ObjectMapper json, Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (text.startsWith("[")) {
                return json.readValue(text, Argument.listOf(Argument.mapOf(String.class, Object.class)));
            }
            List<Map<String, Object>> records = new ArrayList<>();
            for (String line : text.split("\\R")) {
                if (!line.isBlank()) {
                    records.add(json.readValue(line, Argument.mapOf(String.class, Object.class)));
                }
            }
            return records;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static void dropIndices(ApplicationContext context, String scratch) {
        try {
            context.findBean(OpenSearchClient.class).ifPresent(client -> {
                try {
                    client.indices().delete(d -> d.index(scratch + "-*").allowNoIndices(true).ignoreUnavailable(true));
                } catch (IOException | RuntimeException e) {
                    // the scratch index is a by-product; a stopped OpenSearch leaves nothing to drop
                }
            });
        } catch (RuntimeException ignored) {
            // no search configured
        }
    }

    private static void dropDatabase(Options options, String scratch) {
        try (Connection connection = DriverManager.getConnection(options.server, options.user, options.password);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + scratch + "`");
        } catch (SQLException e) {
            System.err.println("eval-matching: could not drop the scratch database " + scratch + ": " + e.getMessage());
        }
    }

    private record Options(Path scenarios, Path providers, Path qrels, String server, String user, String password,
                           boolean keep, int show, Map<String, Object> overrides) {

        static Options parse(String[] args) {
            Map<String, String> values = new HashMap<>();
            Map<String, Object> overrides = new HashMap<>();
            boolean keep = false;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("eval-matching")) {
                    continue;
                }
                if (arg.equals("--keep")) {
                    keep = true;
                } else if (arg.startsWith("--") && i + 1 < args.length) {
                    String value = args[++i];
                    if (arg.equals("--set")) {
                        int eq = value.indexOf('=');
                        if (eq < 1) {
                            throw new IllegalArgumentException("--set needs key=value, got " + value);
                        }
                        overrides.put(value.substring(0, eq), value.substring(eq + 1));
                    } else {
                        values.put(arg.substring(2), value);
                    }
                } else {
                    throw new IllegalArgumentException("unexpected argument " + arg);
                }
            }
            for (String required : List.of("scenarios", "providers", "qrels")) {
                if (!values.containsKey(required)) {
                    throw new IllegalArgumentException("--" + required + " is required");
                }
            }
            return new Options(file(values.get("scenarios")), file(values.get("providers")), file(values.get("qrels")),
                    values.getOrDefault("db-server", defaultServer()),
                    values.getOrDefault("db-user", env("SCENEHUB_DB_USER", "root")),
                    values.getOrDefault("db-password", env("SCENEHUB_DB_PASSWORD", "")), keep,
                    Integer.parseInt(values.getOrDefault("show", "0")), overrides);
        }

        private static Path file(String name) {
            Path path = Path.of(name);
            if (!Files.isReadable(path)) {
                throw new IllegalArgumentException("cannot read " + name);
            }
            return path;
        }

        /** The server of SCENEHUB_DB_URL (everything up to the database name), or the local one. */
        private static String defaultServer() {
            String url = System.getenv("SCENEHUB_DB_URL");
            if (url == null || url.isBlank()) {
                return "jdbc:mysql://127.0.0.1:3306/";
            }
            int hostStart = url.indexOf("//") + 2;
            int slash = url.indexOf('/', hostStart);
            return slash < 0 ? url + "/" : url.substring(0, slash + 1);
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null ? fallback : value;
        }
    }
}
