package cn.scenehub.vocabulary;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.scenehub.account.CurrentUser;
import cn.scenehub.search.analysis.IndustrialSegmenter;
import cn.scenehub.search.analysis.Synonyms;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import jakarta.validation.Valid;

/**
 * Administrators extend the search vocabulary at run time: dictionary terms that must stay whole
 * and synonym groups. A change applies to searches at once on every replica; records indexed
 * before it follow with the next reindex ({@code POST /api/v1/admin/search/reindex}), and until
 * then a new term still finds them as the words it used to be split into.
 */
@Controller("/api/v1/admin")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("ADMIN")
class VocabularyController {

    private final VocabularyService vocabulary;
    private final VocabularyLoader loader;
    private final DictionaryTermRepository terms;
    private final SynonymGroupRepository groups;
    private final ApplicationEventPublisher<VocabularyChanged> events;

    VocabularyController(VocabularyService vocabulary, VocabularyLoader loader, DictionaryTermRepository terms,
                         SynonymGroupRepository groups, ApplicationEventPublisher<VocabularyChanged> events) {
        this.vocabulary = vocabulary;
        this.loader = loader;
        this.terms = terms;
        this.groups = groups;
        this.events = events;
    }

    @Get("/dictionary")
    VocabularyForms.TermList dictionary() {
        return new VocabularyForms.TermList(terms.findAllOrderById(), IndustrialSegmenter.shippedTerms().size());
    }

    @Post("/dictionary")
    @Status(HttpStatus.CREATED)
    DictionaryTerm addTerm(@Body @Valid VocabularyForms.TermForm form, CurrentUser admin) {
        loader.refreshIfStale(); // check against what other replicas may have just added
        DictionaryTerm saved = vocabulary.addTerm(form.term(), admin);
        applied(Set.of(saved.term()), Set.of());
        return saved;
    }

    @Delete("/dictionary/{id}")
    @Status(HttpStatus.NO_CONTENT)
    void deleteTerm(long id, CurrentUser admin) {
        DictionaryTerm removed = vocabulary.deleteTerm(id, admin);
        applied(Set.of(), Set.of(removed.normalized()));
    }

    @Get("/synonyms")
    VocabularyForms.SynonymList synonyms() {
        return new VocabularyForms.SynonymList(groups.findAllOrderById().stream().map(VocabularyController::view).toList(),
                Synonyms.shippedGroupsAsWritten().size());
    }

    @Post("/synonyms")
    @Status(HttpStatus.CREATED)
    VocabularyForms.SynonymView addGroup(@Body @Valid VocabularyForms.SynonymForm form, CurrentUser admin) {
        loader.refreshIfStale();
        SynonymGroup saved = vocabulary.addGroup(form.terms(), admin);
        applied(new LinkedHashSet<>(saved.terms()), Set.of());
        return view(saved);
    }

    @Delete("/synonyms/{id}")
    @Status(HttpStatus.NO_CONTENT)
    void deleteGroup(long id, CurrentUser admin) {
        SynonymGroup removed = vocabulary.deleteGroup(id, admin);
        Set<String> normalized = new LinkedHashSet<>();
        removed.terms().forEach(t -> normalized.add(IndustrialSegmenter.normalizeTerm(t)));
        applied(Set.of(), normalized);
    }

    /** Applies the committed change here, tells the other replicas, and lets completions follow. */
    private void applied(Set<String> added, Set<String> removed) {
        loader.reload();
        loader.announce();
        Set<String> gone = new LinkedHashSet<>();
        removed.stream().filter(t -> !IndustrialSegmenter.get().isTerm(t)).forEach(gone::add);
        events.publishEvent(new VocabularyChanged(added, gone));
    }

    private static VocabularyForms.SynonymView view(SynonymGroup group) {
        return new VocabularyForms.SynonymView(group.id(), group.terms(), Synonyms.get().expand(group.terms().get(0)),
                group.createdBy(), group.createdAt());
    }

}
