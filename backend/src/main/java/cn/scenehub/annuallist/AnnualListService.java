package cn.scenehub.annuallist;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.scenehub.account.CurrentUser;
import cn.scenehub.audit.AuditEvent;
import cn.scenehub.audit.AuditLog;
import cn.scenehub.common.web.ApiException;
import cn.scenehub.common.web.PageView;
import cn.scenehub.scenario.PublicScenarioView;
import cn.scenehub.scenario.Scenario;
import cn.scenehub.scenario.ScenarioRepository;
import cn.scenehub.scenario.ScenarioService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.model.Pageable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * Annual scenario lists: admins put a draft together (published scenarios, numbered 1..n) and
 * publish it, which freezes it; the public reads published lists at their slugs, from the
 * snapshots. Every change locks the list's row first, so changes to one list never interleave.
 */
@Singleton
public class AnnualListService {

    static final String AUDIT_TYPE = "ANNUAL_LIST";

    private final AnnualListRepository lists;
    private final AnnualListEntryRepository entries;
    private final ScenarioService scenarios;
    private final ScenarioRepository scenarioRows;
    private final AuditLog audit;

    AnnualListService(AnnualListRepository lists, AnnualListEntryRepository entries, ScenarioService scenarios,
                      ScenarioRepository scenarioRows, AuditLog audit) {
        this.lists = lists;
        this.entries = entries;
        this.scenarios = scenarios;
        this.scenarioRows = scenarioRows;
        this.audit = audit;
    }

    @Transactional
    public AnnualListView create(AnnualListForm form, CurrentUser admin) {
        String batch = form.batch() == null || form.batch().isBlank() ? null : form.batch().trim();
        String slug = freeSlug(slugBase(form.year(), batch));
        Instant now = Instant.now();
        AnnualList saved;
        try {
            saved = lists.save(new AnnualList(null, form.year(), batch, form.title().trim(), slug,
                    AnnualListStatus.DRAFT, null, now, now, null));
        } catch (DataAccessException e) {
            // Another admin took the same address since we looked: the unique key refused ours.
            if (slugTaken(e)) {
                throw ApiException.conflict("清单地址 " + slug + " 刚被占用，请重试 (address just taken, try again)");
            }
            throw e;
        }
        audit.record(AUDIT_TYPE, saved.id(), "CREATE", null, AnnualListStatus.DRAFT.name(), null, admin, null);
        return view(saved, List.of());
    }

    public AnnualListView get(long id) {
        AnnualList list = lists.findById(id).orElseThrow(() -> notFound(id));
        return view(list, entries.findOfList(id));
    }

    /** Appends the scenarios not yet in the list, in the order given; those must be public now. Repeats are ignored. */
    @Transactional
    public AnnualListView add(long id, ScenarioIds body, CurrentUser admin) {
        AnnualList list = draftForChange(id, body.version());
        List<AnnualListEntry> current = entries.findOfList(id);
        Set<Long> present = current.stream().map(AnnualListEntry::scenarioId).collect(Collectors.toSet());
        Set<Long> wanted = new LinkedHashSet<>(body.scenarioIds());
        wanted.removeAll(present);
        Map<Long, PublicScenarioView> publicNow = scenarios.publicViews(wanted);
        List<Long> refused = wanted.stream().filter(s -> !publicNow.containsKey(s)).toList();
        if (!refused.isEmpty()) {
            throw ApiException.badField("scenarioIds", "只能加入已发布的场景，以下场景不存在或未发布: " + ids(refused)
                    + " (not published: " + ids(refused) + ")");
        }
        if (wanted.isEmpty()) {
            return view(list, current);
        }
        int number = current.size();
        List<AnnualListEntry> added = new ArrayList<>();
        for (Long scenarioId : wanted) {
            added.add(AnnualListEntry.of(id, ++number, scenarioId));
        }
        entries.saveAll(added);
        AnnualList saved = lists.update(list.touched());
        audit.record(AUDIT_TYPE, id, "ADD_SCENARIOS", list.status().name(), list.status().name(),
                "场景 " + ids(wanted), admin, null);
        return view(saved, entries.findOfList(id));
    }

    /** Takes a scenario out of a draft; the ones after it move up a number. */
    @Transactional
    public AnnualListView remove(long id, long scenarioId, @Nullable Long version, CurrentUser admin) {
        AnnualList list = draftForChange(id, version);
        List<AnnualListEntry> current = entries.findOfList(id);
        List<Long> order = new ArrayList<>(current.stream().map(AnnualListEntry::scenarioId).toList());
        if (!order.remove(Long.valueOf(scenarioId))) {
            throw ApiException.notFound("清单 " + id + " 中的场景 " + scenarioId);
        }
        AnnualList saved = renumber(list, order);
        audit.record(AUDIT_TYPE, id, "REMOVE_SCENARIO", list.status().name(), list.status().name(),
                "场景 " + scenarioId, admin, null);
        return view(saved, entries.findOfList(id));
    }

    /** Numbers the scenarios 1..n in the order given, which must name each of them exactly once. */
    @Transactional
    public AnnualListView reorder(long id, ScenarioIds body, CurrentUser admin) {
        AnnualList list = draftForChange(id, body.version());
        List<Long> current = entries.findOfList(id).stream().map(AnnualListEntry::scenarioId).toList();
        List<Long> order = body.scenarioIds();
        if (order.size() != current.size() || !new HashSet<>(order).equals(new HashSet<>(current))) {
            Set<Long> missing = new LinkedHashSet<>(current);
            order.forEach(missing::remove);
            Set<Long> unknown = new LinkedHashSet<>(order);
            current.forEach(unknown::remove);
            throw ApiException.badField("scenarioIds", "须恰好列出清单中的每个场景一次"
                    + (missing.isEmpty() ? "" : "，缺少: " + ids(missing))
                    + (unknown.isEmpty() ? "" : "，不在清单中: " + ids(unknown))
                    + (missing.isEmpty() && unknown.isEmpty() ? "，有重复" : "")
                    + " (must list each scenario of the list exactly once)");
        }
        if (order.equals(current)) {
            return view(list, entries.findOfList(id));
        }
        AnnualList saved = renumber(list, order);
        audit.record(AUDIT_TYPE, id, "REORDER", list.status().name(), list.status().name(), null, admin, null);
        return view(saved, entries.findOfList(id));
    }

    /**
     * Freezes the list: each entry keeps the public view of its scenario as it is now, and the list
     * becomes public at its slug. Refused while any of its scenarios is no longer public.
     */
    @Transactional
    public AnnualListView publish(long id, Publication publication, CurrentUser admin) {
        AnnualList list = draftForChange(id, publication.version());
        List<AnnualListEntry> current = entries.findOfList(id);
        if (current.isEmpty()) {
            throw ApiException.conflict("清单中还没有场景，不能发布 (an empty list cannot be published)");
        }
        Map<Long, PublicScenarioView> publicNow = scenarios.publicViews(
                current.stream().map(AnnualListEntry::scenarioId).toList());
        List<Long> gone = current.stream().map(AnnualListEntry::scenarioId).filter(s -> !publicNow.containsKey(s)).toList();
        if (!gone.isEmpty()) {
            throw ApiException.conflict("以下场景已不再公开，请先移出清单: " + ids(gone) + " (no longer public: " + ids(gone) + ")");
        }
        entries.updateAll(current.stream()
                .map(e -> e.frozen(ListedScenario.of(e.number(), publicNow.get(e.scenarioId()))))
                .toList());
        AnnualList saved = lists.update(list.published());
        audit.record(AUDIT_TYPE, id, "PUBLISH", AnnualListStatus.DRAFT.name(), AnnualListStatus.PUBLISHED.name(),
                null, admin, null);
        return view(saved, current);
    }

    /** The lists not yet published, most recently changed first, each with its number of entries. */
    public List<AnnualListView.Draft> drafts() {
        return lists.findDrafts().stream().map(l -> new AnnualListView.Draft(l.id(), l.slug(), l.year(), l.batch(),
                l.title(), l.version() == null ? 0 : l.version(), l.updatedAt(), entries.countOfList(l.id()))).toList();
    }

    public List<AuditEvent> trail(long id) {
        lists.findById(id).orElseThrow(() -> notFound(id));
        return audit.trail(AUDIT_TYPE, id);
    }

    /** Published lists for browsing, newest year first; within a year in the order they were published. */
    public PublicAnnualListView.Years browse() {
        Map<Integer, List<PublicAnnualListView.Item>> byYear = new LinkedHashMap<>();
        for (AnnualList list : lists.findPublished()) {
            byYear.computeIfAbsent(list.year(), y -> new ArrayList<>())
                    .add(PublicAnnualListView.of(list, entries.countOfList(list.id())).item());
        }
        return new PublicAnnualListView.Years(byYear.entrySet().stream()
                .map(y -> new PublicAnnualListView.Year(y.getKey(), y.getValue())).toList());
    }

    public PublicAnnualListView header(String slug) {
        AnnualList list = published(slug);
        return PublicAnnualListView.of(list, entries.countOfList(list.id()));
    }

    /** A page of a published list's scenarios, in number order, as they were when it was published. */
    public PageView<ListedScenario> scenarios(String slug, Pageable pageable) {
        AnnualList list = published(slug);
        return PageView.of(entries.pageOfList(list.id(), pageable), AnnualListEntry::snapshot);
    }

    /** The address of a new list: its year, then its batch in lower-case letters and digits, then -2, -3 … if taken. */
    private String freeSlug(String base) {
        String slug = base;
        for (int n = 2; lists.existsBySlug(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    /**
     * {@code 2026} without a batch; {@code 2026-1} for the batches {@code 1}, {@code 2026-1} and {@code 第1批} alike
     * (a batch that starts with the year does not repeat it). A batch without Latin letters or digits
     * (第一批) adds nothing, and the list is told apart by the suffix.
     */
    static String slugBase(int year, @Nullable String batch) {
        String yearText = Integer.toString(year);
        if (batch == null) {
            return yearText;
        }
        String b = batch.toLowerCase(Locale.ROOT).replaceFirst("^" + yearText + "(?![0-9a-z])", "");
        b = b.replaceAll("[^0-9a-z]+", "-").replaceAll("^-+|-+$", "");
        return b.isEmpty() ? yearText : yearText + "-" + b;
    }

    /** Locks a list for a change; 404 if it does not exist, 409 if published or changed since {@code version}. */
    private AnnualList draftForChange(long id, @Nullable Long version) {
        AnnualList list = lists.findByIdForChange(id).orElseThrow(() -> notFound(id));
        if (list.status() != AnnualListStatus.DRAFT) {
            throw ApiException.conflict("清单已发布，不能再修改 (a published list is frozen)");
        }
        if (version != null && !version.equals(list.version())) {
            throw ApiException.conflict("该清单已被他人修改，请刷新后重试 (changed since you loaded it)");
        }
        return list;
    }

    private static boolean slugTaken(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("uk_annual_list_slug")) {
                return true;
            }
        }
        return false;
    }

    private AnnualList renumber(AnnualList list, List<Long> order) {
        entries.deleteOfList(list.id());
        List<AnnualListEntry> renumbered = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            renumbered.add(AnnualListEntry.of(list.id(), i + 1, order.get(i)));
        }
        entries.saveAll(renumbered);
        return lists.update(list.touched());
    }

    private AnnualList published(String slug) {
        return lists.findBySlugAndStatus(slug, AnnualListStatus.PUBLISHED)
                .orElseThrow(() -> ApiException.notFound("清单 " + slug));
    }

    private AnnualListView view(AnnualList list, List<AnnualListEntry> listEntries) {
        List<Long> scenarioIds = listEntries.stream().map(AnnualListEntry::scenarioId).toList();
        Map<Long, Scenario> live = scenarioIds.isEmpty() ? Map.of() : scenarioRows.findByIdIn(scenarioIds).stream()
                .collect(Collectors.toMap(Scenario::getId, Function.identity()));
        return AnnualListView.of(list, listEntries.stream().map(e -> {
            Scenario s = live.get(e.scenarioId());
            return new AnnualListView.Entry(e.number(), e.scenarioId(), s == null ? null : s.getTitle(),
                    s == null ? null : s.getStatus());
        }).toList());
    }

    private static ApiException notFound(long id) {
        return ApiException.notFound("清单 " + id);
    }

    private static String ids(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** The frozen entries of a published list in order, page by page (for exports). */
    public void forEachListed(String slug, java.util.function.Consumer<ListedScenario> sink) {
        AnnualList list = lists.findBySlugAndStatus(slug, AnnualListStatus.PUBLISHED)
                .orElseThrow(() -> ApiException.notFound("年度清单 " + slug));
        io.micronaut.data.model.Pageable page = io.micronaut.data.model.Pageable.from(0, 500);
        while (true) {
            var chunk = entries.pageOfList(list.id(), page);
            chunk.getContent().forEach(e -> sink.accept(e.snapshot()));
            if (!chunk.hasNext()) {
                return;
            }
            page = chunk.getPageable().next();
        }
    }
}
