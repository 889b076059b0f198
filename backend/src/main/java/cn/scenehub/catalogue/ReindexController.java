package cn.scenehub.catalogue;

import cn.scenehub.account.CurrentUser;
import cn.scenehub.audit.AuditLog;
import cn.scenehub.common.web.ApiException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.transaction.annotation.Transactional;

/**
 * Administrators rebuild the catalogue's search indices from MySQL, e.g. after changing the
 * dictionary or synonyms: 202 with the job and its Location; the job's status at that address.
 * Searches go on throughout; a second request while one runs is 409.
 */
@Controller("/api/v1/admin/search/reindex")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("ADMIN")
class ReindexController {

    private final CatalogueReindex reindex;
    private final AuditLog audit;

    ReindexController(CatalogueReindex reindex, AuditLog audit) {
        this.reindex = reindex;
        this.audit = audit;
    }

    @Post
    HttpResponse<ReindexJob> start(CurrentUser admin) {
        ReindexJob job = reindex.start(admin.username());
        audited(job, admin);
        return HttpResponse.accepted().header("Location", "/api/v1/admin/search/reindex/" + job.id()).body(job);
    }

    @Transactional
    void audited(ReindexJob job, CurrentUser admin) {
        audit.record("SEARCH_REINDEX", job.id(), "START", null, ReindexJob.RUNNING, null, admin, null);
    }

    @Get("/{id}")
    ReindexJob job(long id) {
        return reindex.job(id).orElseThrow(() -> ApiException.notFound("重建任务 " + id));
    }
}
