package cn.scenehub.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.scenehub.search.analysis.IndustrialSegmenter;
import cn.scenehub.search.analysis.Synonyms;
import cn.scenehub.search.index.DocumentWriter;
import cn.scenehub.search.index.IndexAdmin;
import cn.scenehub.search.index.IndexDefinition;
import cn.scenehub.search.suggest.SuggestIndex;
import cn.scenehub.search.suggest.Suggestion;
import cn.scenehub.vocabulary.VocabularyChanged;
import cn.scenehub.vocabulary.VocabularyTerms;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dictionary's share of the search-box completions: every shipped term and synonym as
 * written, and the administrators' additions. An administrator's change updates them at once;
 * should OpenSearch be down then, the next reindex puts them right.
 */
@Singleton
class SuggestTerms {

    private static final Logger LOG = LoggerFactory.getLogger(SuggestTerms.class);

    private final DocumentWriter writer;
    private final IndexAdmin indices;
    private final VocabularyTerms administrators;

    SuggestTerms(DocumentWriter writer, IndexAdmin indices, VocabularyTerms administrators) {
        this.writer = writer;
        this.indices = indices;
        this.administrators = administrators;
    }

    /** Suggestion documents by id for every term, shipped and added. */
    Map<String, Map<String, Object>> documents() {
        Map<String, Map<String, Object>> docs = new LinkedHashMap<>();
        IndustrialSegmenter.shippedTerms().forEach(term -> put(docs, term));
        Synonyms.shippedGroupsAsWritten().forEach(group -> group.forEach(term -> put(docs, term)));
        administrators.all().forEach(term -> put(docs, term));
        return docs;
    }

    @EventListener
    void onChange(VocabularyChanged change) {
        Map<String, Map<String, Object>> docs = new LinkedHashMap<>();
        change.added().forEach(term -> put(docs, term));
        try {
            if (indices.currentIndex(IndexDefinition.SUGGEST).isEmpty()) {
                return; // not built yet; the build will include them
            }
            writer.bulk(IndexDefinition.SUGGEST, docs, change.removed().stream()
                    .map(term -> SuggestIndex.id(Suggestion.TERM, term)).toList());
        } catch (RuntimeException e) {
            LOG.warn("completions not updated for the vocabulary change ({}); the next reindex will", e.getMessage());
        }
    }

    private static void put(Map<String, Map<String, Object>> docs, String term) {
        String key = IndustrialSegmenter.normalize(term).strip();
        if (!key.isEmpty()) {
            docs.putIfAbsent(SuggestIndex.id(Suggestion.TERM, key), SuggestIndex.term(term.strip()));
        }
    }

}
