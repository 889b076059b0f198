package cn.scenehub.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import cn.scenehub.annuallist.AnnualListService;
import cn.scenehub.organization.Organization;
import cn.scenehub.organization.OrganizationRepository;
import cn.scenehub.provider.PoolStatus;
import cn.scenehub.provider.ProviderProfile;
import cn.scenehub.provider.ProviderProfileRepository;
import cn.scenehub.scenario.Scenario;
import cn.scenehub.scenario.ScenarioRepository;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import jakarta.inject.Singleton;

/**
 * Writes exports in the exchange format page by page, so a 10,000-record export never sits in
 * memory: scenarios and the provider pool in full for administrators, a published annual list
 * and the listed pool in their public form for everyone.
 */
@Singleton
class ExportService {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGE = 500;

    private final ScenarioRepository scenarios;
    private final ProviderProfileRepository profiles;
    private final OrganizationRepository organizations;
    private final AnnualListService lists;

    ExportService(ScenarioRepository scenarios, ProviderProfileRepository profiles, OrganizationRepository organizations,
                  AnnualListService lists) {
        this.scenarios = scenarios;
        this.profiles = profiles;
        this.organizations = organizations;
        this.lists = lists;
    }

    void scenarios(@Nullable Integer year, Consumer<Map<String, Object>> sink) {
        Map<Long, Organization> enterprises = new HashMap<>();
        pages(page -> scenarios.findForExport(year, page), (Scenario s) -> sink.accept(ExchangeRecords.scenario(s,
                enterprises.computeIfAbsent(s.getOrganizationId(), id -> organizations.findById(id).orElseThrow()))));
    }

    void providers(Set<PoolStatus> statuses, boolean full, Consumer<Map<String, Object>> sink) {
        Set<String> names = statuses.stream().map(Enum::name).collect(java.util.stream.Collectors.toSet());
        pages(page -> profiles.search(names, true, Set.of("-"), page), (ProviderProfile p) ->
                sink.accept(ExchangeRecords.provider(organizations.findById(p.organizationId()).orElseThrow(), p, full)));
    }

    void annualList(String slug, Consumer<Map<String, Object>> sink) {
        lists.forEachListed(slug, listed -> sink.accept(ExchangeRecords.listed(listed)));
    }

    /** Streams records as one JSON array. */
    static JsonArrayWriter jsonArray(OutputStream out) {
        return new JsonArrayWriter(out);
    }

    private static <T> void pages(Function<Pageable, Page<T>> query, Consumer<T> each) {
        Pageable page = Pageable.from(0, PAGE);
        while (true) {
            Page<T> chunk = query.apply(page);
            chunk.getContent().forEach(each);
            if (!chunk.hasNext()) {
                return;
            }
            page = chunk.getPageable().next();
        }
    }

    /** A JSON array written element by element. */
    static final class JsonArrayWriter implements Consumer<Map<String, Object>>, AutoCloseable {
        private final JsonGenerator generator;

        JsonArrayWriter(OutputStream out) {
            try {
                generator = JSON.getFactory().createGenerator(out);
                generator.writeStartArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void accept(Map<String, Object> record) {
            try {
                JSON.writeValue(generator, record);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                generator.writeEndArray();
                generator.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
