package cn.scenehub.vocabulary;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What administrators send and get back for the search vocabulary. */
final class VocabularyForms {

    private VocabularyForms() {
    }

    @Serdeable
    record TermForm(@NotBlank @Size(max = 32) String term) {
    }

    @Serdeable
    record SynonymForm(@NotNull @Size(min = 2, max = 20) List<@NotBlank @Size(max = 32) String> terms) {
    }

    /** The administrators' terms, and how many the shipped dictionary holds besides. */
    @Serdeable
    record TermList(List<DictionaryTerm> items, int shippedTerms) {
    }

    /**
     * An administrator's group as stored, and the whole group it is part of now (the shipped
     * group it extends, or itself), canonical term first.
     */
    @Serdeable
    record SynonymView(long id, List<String> terms, Set<String> group, String createdBy, Instant createdAt) {
    }

    @Serdeable
    record SynonymList(List<SynonymView> items, int shippedGroups) {
    }
}
