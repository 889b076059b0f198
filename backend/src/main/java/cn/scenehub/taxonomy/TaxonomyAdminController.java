package cn.scenehub.taxonomy;

import java.util.List;

import cn.scenehub.account.CurrentUser;
import cn.scenehub.audit.AuditLog;
import cn.scenehub.common.web.ApiException;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.validation.Valid;

/**
 * Administrators maintain the vocabularies: add a term or rename one (PUT by kind and code is an
 * upsert). Codes stay, since records and exchange files refer to them; terms are not deleted for
 * the same reason. Each change clears the cache and rebuilds the search index.
 */
@Controller("/api/v1/admin/taxonomy")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("ADMIN")
class TaxonomyAdminController {

    private final TaxonomyTermRepository terms;
    private final TaxonomyService taxonomy;
    private final AuditLog audit;

    TaxonomyAdminController(TaxonomyTermRepository terms, TaxonomyService taxonomy, AuditLog audit) {
        this.terms = terms;
        this.taxonomy = taxonomy;
        this.audit = audit;
    }

    @Get("/{kind}")
    List<TaxonomyTerm> list(TaxonomyKind kind) {
        return terms.findByKindInOrderByKindAndPosition(List.of(kind));
    }

    @Put("/{kind}/{code}")
    @Transactional
    TaxonomyTerm save(TaxonomyKind kind, String code, @Body @Valid TermForm form, CurrentUser admin) {
        if (!code.equals(form.code())) {
            throw ApiException.badField("code", "代码与地址中的不一致");
        }
        if (kind == TaxonomyKind.MODE || kind == TaxonomyKind.CATEGORY) {
            // The six modes and the categories are fixed by the exchange format.
            throw new ApiException(HttpStatus.CONFLICT, "应用模式和场景类别由交换格式规定，不能修改");
        }
        var existing = terms.findByKindAndCode(kind, code);
        int position = form.position() != null ? form.position()
                : existing.map(TaxonomyTerm::position).orElse(terms.findByKindInOrderByKindAndPosition(List.of(kind)).size() + 1);
        TaxonomyTerm term = new TaxonomyTerm(existing.map(TaxonomyTerm::id).orElse(null), kind, code, form.name().trim(),
                form.parentCode(), position);
        TaxonomyTerm saved = existing.isPresent() ? terms.update(term) : terms.save(term);
        audit.record("TAXONOMY", saved.id(), existing.isPresent() ? "RENAME" : "ADD", null, null,
                kind + ":" + code + " " + existing.map(t -> t.name() + " → ").orElse("") + saved.name(), admin, null);
        taxonomy.evictCache();
        try {
            taxonomy.reindex();
        } catch (RuntimeException e) {
            // The term is saved; the index catches up on the next rebuild.
        }
        return saved;
    }
}
