package cn.scenehub.proposal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.scenehub.account.CurrentUser;
import cn.scenehub.common.web.ApiException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;

@Controller("/api/v1/proposals")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class ProposalController {

    private final ProposalService proposals;
    private final AttachmentService attachments;

    ProposalController(ProposalService proposals, AttachmentService attachments) {
        this.proposals = proposals;
        this.attachments = attachments;
    }

    /** A provider's own proposals, newest change first. */
    @Get
    List<ProposalView> mine(CurrentUser user) {
        return proposals.mine(user);
    }

    @Get("/{id}")
    ProposalView get(long id, CurrentUser user) {
        return proposals.view(id, user);
    }

    @Put("/{id}")
    ProposalView revise(long id, @Body @Valid ProposalForm form, CurrentUser user) {
        return proposals.revise(id, form, user);
    }

    @Post("/{id}/withdraw")
    ProposalView withdraw(long id, @Body Versioned body, CurrentUser user) {
        return proposals.withdraw(id, body.version(), user);
    }

    @Post("/{id}/decisions")
    ProposalView decide(long id, @Body @Valid ProposalDecision decision, CurrentUser user) {
        return proposals.decide(id, decision, user);
    }

    @Post("/{id}/contract")
    ProposalView contract(long id, @Body @Valid ContractForm form, CurrentUser user) {
        return proposals.contract(id, form, user);
    }

    @Post(value = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA)
    @Status(HttpStatus.CREATED)
    ProposalView attach(long id, @Nullable @Part("file") CompletedFileUpload file, CurrentUser user) throws java.io.IOException {
        if (file == null) {
            throw ApiException.badField("file", "请选择要上传的文件");
        }
        return attachments.add(id, file.getFilename(), file.getSize(), file.getInputStream(), user);
    }

    /**
     * The file as a download, never rendered inline: the type we detected, nosniff, and a
     * sandboxing policy in case a browser opens it anyway.
     */
    @Get("/{id}/attachments/{attachmentId}")
    HttpResponse<StreamedFile> download(long id, long attachmentId, CurrentUser user) {
        AttachmentService.Download download = attachments.open(id, attachmentId, user);
        ProposalAttachment a = download.attachment();
        String ascii = a.fileName().replaceAll("[^\\x20-\\x7e]", "_").replace("\"", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(a.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return HttpResponse.ok(new StreamedFile(download.content(), MediaType.of(a.contentType()), a.createdAt().toEpochMilli(), a.size()))
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Cache-Control", "private, no-store");
    }

    @Delete("/{id}/attachments/{attachmentId}")
    @Status(HttpStatus.NO_CONTENT)
    void detach(long id, long attachmentId, CurrentUser user) {
        attachments.remove(id, attachmentId, user);
    }

    @Serdeable
    record Versioned(@Nullable Long version) {
    }
}
