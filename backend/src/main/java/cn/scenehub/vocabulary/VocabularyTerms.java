package cn.scenehub.vocabulary;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.inject.Singleton;

/** The administrators' terms as written, from their dictionary entries and synonym groups, read from MySQL. */
@Singleton
public class VocabularyTerms {

    private final DictionaryTermRepository terms;
    private final SynonymGroupRepository groups;

    VocabularyTerms(DictionaryTermRepository terms, SynonymGroupRepository groups) {
        this.terms = terms;
        this.groups = groups;
    }

    public Set<String> all() {
        Set<String> all = new LinkedHashSet<>();
        terms.findAllOrderById().forEach(t -> all.add(t.term()));
        groups.findAllOrderById().forEach(g -> all.addAll(g.terms()));
        return all;
    }
}
