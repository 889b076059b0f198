package cn.scenehub.vocabulary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import cn.scenehub.account.CurrentUser;
import cn.scenehub.audit.AuditLog;
import cn.scenehub.common.web.ApiException;
import cn.scenehub.common.web.Problem;
import cn.scenehub.search.analysis.IndustrialSegmenter;
import cn.scenehub.search.analysis.Synonyms;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * Adds and removes the administrators' dictionary terms and synonym groups: checks them, stores
 * them with their audit event and a raised version in one transaction. Applying them (here and
 * on the other replicas) is {@link VocabularyLoader}'s job, once the transaction has committed.
 */
@Singleton
class VocabularyService {

    private static final int MAX_TERM = 32;

    private final DictionaryTermRepository terms;
    private final SynonymGroupRepository groups;
    private final VocabularyVersionRepository versions;
    private final AuditLog audit;

    VocabularyService(DictionaryTermRepository terms, SynonymGroupRepository groups,
                      VocabularyVersionRepository versions, AuditLog audit) {
        this.terms = terms;
        this.groups = groups;
        this.versions = versions;
        this.audit = audit;
    }

    @Transactional
    DictionaryTerm addTerm(String term, CurrentUser admin) {
        String normalized = normalized("term", term);
        if (normalized.codePointCount(0, normalized.length()) < 2) {
            throw ApiException.badField("term", "词条至少两个字符 (a term needs at least two characters)");
        }
        if (IndustrialSegmenter.get().isTerm(normalized) || terms.findByNormalized(normalized).isPresent()) {
            throw conflict("term", "“" + term.strip() + "”已在词典中 (already in the dictionary)");
        }
        DictionaryTerm saved;
        try {
            saved = terms.save(new DictionaryTerm(null, term.strip(), normalized, admin.username(), Instant.now()));
        } catch (DataAccessException e) { // another administrator added it a moment ago
            throw conflict("term", "“" + term.strip() + "”已在词典中 (already in the dictionary)");
        }
        audit.record("DICTIONARY_TERM", saved.id(), "ADD", null, saved.term(), null, admin, null);
        versions.bump();
        return saved;
    }

    @Transactional
    DictionaryTerm deleteTerm(long id, CurrentUser admin) {
        DictionaryTerm term = terms.findById(id).orElseThrow(() -> ApiException.notFound("词条 " + id));
        terms.delete(term);
        audit.record("DICTIONARY_TERM", id, "DELETE", term.term(), null, null, admin, null);
        versions.bump();
        return term;
    }

    @Transactional
    SynonymGroup addGroup(List<String> written, CurrentUser admin) {
        LinkedHashSet<String> normalized = new LinkedHashSet<>();
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            String n = normalized("terms[" + i + "]", written.get(i));
            if (normalized.add(n)) {
                kept.add(written.get(i).strip());
            }
        }
        if (normalized.size() < 2) {
            throw ApiException.badField("terms", "同义词组至少需要两个不同的词 (at least two distinct terms)");
        }
        Synonyms synonyms = Synonyms.get();
        Set<String> joined = synonyms.conflictsOf(normalized);
        if (!joined.isEmpty()) {
            throw conflict("terms", "这些词分属不同的同义词组（" + String.join("、", joined)
                    + "），同义词组不能合并 (the terms lie in different groups, which are never joined)");
        }
        Set<String> group = synonyms.expand(normalized.iterator().next());
        if (group.containsAll(normalized)) {
            throw conflict("terms", "这些词已是同义词 (already synonyms)");
        }
        SynonymGroup saved = groups.save(new SynonymGroup(null, List.copyOf(kept), admin.username(), Instant.now()));
        audit.record("SYNONYM_GROUP", saved.id(), "ADD", null, String.join(" / ", kept), null, admin, null);
        versions.bump();
        return saved;
    }

    @Transactional
    SynonymGroup deleteGroup(long id, CurrentUser admin) {
        SynonymGroup group = groups.findById(id).orElseThrow(() -> ApiException.notFound("同义词组 " + id));
        groups.delete(group);
        audit.record("SYNONYM_GROUP", id, "DELETE", String.join(" / ", group.terms()), null, null, admin, null);
        versions.bump();
        return group;
    }

    private static String normalized(String field, String term) {
        String n;
        try {
            n = IndustrialSegmenter.normalizeTerm(term == null ? "" : term);
        } catch (IllegalArgumentException e) {
            throw ApiException.badField(field, "词条不能包含空格，索引按空格切分 (a term must not contain white space)");
        }
        if (n.isEmpty() || n.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw ApiException.badField(field, "词条须包含文字或数字 (a term needs letters or digits)");
        }
        if (n.length() > MAX_TERM) {
            throw ApiException.badField(field, "词条最长 " + MAX_TERM + " 个字符");
        }
        return n;
    }

    private static ApiException conflict(String field, String message) {
        return new ApiException(HttpStatus.CONFLICT, message, List.of(new Problem.FieldError(field, message)), null);
    }
}
