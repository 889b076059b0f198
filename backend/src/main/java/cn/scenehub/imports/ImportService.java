package cn.scenehub.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

import cn.scenehub.account.CurrentUser;
import cn.scenehub.common.web.ApiException;
import cn.scenehub.provider.PoolStatus;
import cn.scenehub.scenario.ScenarioStatus;
import cn.scenehub.scenario.ScenariosPublished;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs imports of the exchange format. The upload is first spooled to a temporary file, then
 * read record by record; small files are answered at once, large ones (or on request) become a
 * background job whose progress any instance can report.
 */
@Singleton
public class ImportService {

    /** Uploads larger than this run as background jobs. */
    static final long INLINE_LIMIT_BYTES = 1_000_000;
    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);
    private static final int PROGRESS_EVERY = 200;

    public enum Kind { SCENARIOS, PROVIDERS }

    private final ScenarioImporter scenarios;
    private final ProviderImporter providers;
    private final ImportJobRepository jobs;
    private final ExecutorService executor;
    private final List<SpreadsheetReader> spreadsheets;
    private final ApplicationEventPublisher<ScenariosPublished> events;

    ImportService(ScenarioImporter scenarios, ProviderImporter providers, ImportJobRepository jobs,
                  @Named(TaskExecutors.IO) ExecutorService executor, List<SpreadsheetReader> spreadsheets,
                  ApplicationEventPublisher<ScenariosPublished> events) {
        this.scenarios = scenarios;
        this.providers = providers;
        this.jobs = jobs;
        this.executor = executor;
        this.spreadsheets = spreadsheets;
        this.events = events;
    }

    /** Imports at once, or starts a job; answers the result or the job. */
    Object run(Kind kind, Path upload, ImportFormat format, @Nullable String status, boolean async, CurrentUser actor) {
        Object initial = initialStatus(kind, status);
        if (!async && sizeOf(upload) <= INLINE_LIMIT_BYTES) {
            try {
                return importFile(kind, upload, format, initial, actor, processed -> { });
            } finally {
                delete(upload);
            }
        }
        ImportJob job = jobs.save(new ImportJob(null, kind.name(), "RUNNING", 0, 0, 0, 0, null, null,
                actor.username(), Instant.now(), null));
        executor.submit(() -> {
            try {
                ImportResult result = importFile(kind, upload, format, initial, actor,
                        processed -> jobs.progress(job.id(), processed));
                jobs.update(new ImportJob(job.id(), kind.name(), "DONE", result.created() + result.updated()
                        + result.rejected().size(), result.created(), result.updated(), result.rejected().size(),
                        result, null, actor.username(), job.createdAt(), Instant.now()));
            } catch (RuntimeException e) {
                LOG.error("import job {} failed", job.id(), e);
                jobs.failed(job.id(), String.valueOf(e.getMessage()), Instant.now());
            } finally {
                delete(upload);
            }
        });
        return job;
    }

    ImportJob job(long id) {
        return jobs.findById(id).orElseThrow(() -> ApiException.notFound("导入任务 " + id));
    }

    /** Imports records already in memory (the demo set, tests); one transaction per record. */
    public ImportResult importRecords(Kind kind, List<Map<String, Object>> records, @Nullable String status,
                                      @Nullable CurrentUser actor) {
        ImportTally tally = new ImportTally();
        ExchangeReader.Sink sink = sink(kind, initialStatus(kind, status), actor, tally, processed -> { });
        for (int i = 0; i < records.size(); i++) {
            sink.record(i, records.get(i));
        }
        announce(kind, initialStatus(kind, status), tally);
        return tally.result();
    }

    /** Scenarios this import created public are announced once, together (subscribers get one digest). */
    private void announce(Kind kind, Object initial, ImportTally tally) {
        if (kind == Kind.SCENARIOS && ((ScenarioStatus) initial).isPublic() && !tally.createdIds().isEmpty()) {
            try {
                events.publishEvent(new ScenariosPublished(tally.createdIds()));
            } catch (RuntimeException e) { // the records are saved; only the announcement is missing
                LOG.warn("imported scenarios not announced to subscribers: {}", e.getMessage(), e);
            }
        }
    }

    private ExchangeReader.Sink sink(Kind kind, Object initial, @Nullable CurrentUser actor, ImportTally tally,
                                     java.util.function.IntConsumer progress) {
        return new ExchangeReader.Sink() {
            @Override
            public void record(int index, Map<String, Object> record) {
                Object externalId = record.get("externalId");
                try {
                    ScenarioImporter.Imported imported = kind == Kind.SCENARIOS
                            ? scenarios.importOne(record, (ScenarioStatus) initial, actor)
                            : providers.importOne(record, (PoolStatus) initial, actor);
                    tally.accepted(String.valueOf(externalId), imported.id(), imported.outcome());
                } catch (RecordRejected rejected) {
                    tally.rejected(index, externalId == null ? null : externalId.toString(), rejected.errors);
                } catch (RuntimeException e) {
                    // e.g. a duplicate key raced in by a concurrent import: this record only
                    LOG.warn("record {} of an import failed", index, e);
                    tally.rejected(index, externalId == null ? null : externalId.toString(),
                            List.of(new ImportResult.FieldError("$", "保存失败: " + e.getMessage())));
                }
                if (tally.processed() % PROGRESS_EVERY == 0) {
                    progress.accept(tally.processed());
                }
            }

            @Override
            public void unreadable(int index, String message) {
                tally.rejected(index, null, List.of(new ImportResult.FieldError("$", message)));
            }

            @Override
            public void invalid(int index, String externalId, List<ImportResult.FieldError> errors) {
                tally.rejected(index, externalId, errors);
            }
        };
    }

    private ImportResult importFile(Kind kind, Path upload, ImportFormat format, Object initial, CurrentUser actor,
                                    java.util.function.IntConsumer progress) {
        ImportTally tally = new ImportTally();
        ExchangeReader.Sink sink = sink(kind, initial, actor, tally, progress);
        try (InputStream in = Files.newInputStream(upload)) {
            switch (format) {
                case JSON -> ExchangeReader.readJsonArray(in, sink);
                case NDJSON -> ExchangeReader.readNdjson(in, sink);
                case XLSX -> spreadsheet().read(kind, in, sink);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        announce(kind, initial, tally);
        return tally.result();
    }

    private SpreadsheetReader spreadsheet() {
        if (spreadsheets.isEmpty()) {
            throw new ApiException(io.micronaut.http.HttpStatus.UNSUPPORTED_MEDIA_TYPE, "暂不支持 .xlsx 导入");
        }
        return spreadsheets.get(0);
    }

    private static Object initialStatus(Kind kind, @Nullable String status) {
        try {
            if (kind == Kind.SCENARIOS) {
                return status == null ? ScenarioStatus.PUBLISHED : ScenarioStatus.valueOf(status);
            }
            return status == null ? PoolStatus.LISTED : PoolStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ApiException.badField("status", "未知的状态：" + status);
        }
    }

    private static long sizeOf(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.warn("could not delete the upload {}", path);
        }
    }
}
