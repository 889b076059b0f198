package cn.scenehub.proposal;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import cn.scenehub.account.CurrentUser;
import cn.scenehub.audit.AuditLog;
import cn.scenehub.common.web.ApiException;
import cn.scenehub.common.web.Problem;
import cn.scenehub.scenario.ScenarioService;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.convert.format.ReadableBytes;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/**
 * Proposal attachments, kept in MySQL in 1 MB chunks so that every replica can serve them. Only
 * the listed file types are accepted, recognised by content; they are never opened or run here,
 * and are served as downloads only to those who may read the proposal.
 */
@Singleton
class AttachmentService {

    static final int CHUNK = 1024 * 1024;
    static final int MAX_PER_PROPOSAL = 10;

    private final ProposalService proposals;
    private final AttachmentRepository attachments;
    private final AttachmentChunkRepository chunks;
    private final ScenarioService scenarios;
    private final AuditLog audit;
    private final Clock clock;
    private final long maxSize;

    AttachmentService(ProposalService proposals, AttachmentRepository attachments, AttachmentChunkRepository chunks,
                      ScenarioService scenarios, AuditLog audit, Clock clock,
                      @ReadableBytes @Value("${scenehub.attachments.max-size:20MB}") long maxSize) {
        this.proposals = proposals;
        this.attachments = attachments;
        this.chunks = chunks;
        this.scenarios = scenarios;
        this.audit = audit;
        this.clock = clock;
        this.maxSize = maxSize;
    }

    @Transactional
    public ProposalView add(long proposalId, String clientFileName, long size, InputStream content, CurrentUser user) {
        Proposal proposal = proposals.ownProposal(proposalId, user);
        if (!proposal.status().isOpen()) {
            throw ApiException.conflict("需求方已作出决定，不能再添加附件");
        }
        if (attachments.countByProposalId(proposalId) >= MAX_PER_PROPOSAL) {
            throw ApiException.conflict("每个响应最多 " + MAX_PER_PROPOSAL + " 个附件");
        }
        if (size > maxSize) {
            throw new ApiException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "file: 附件不能超过 " + maxSize / CHUNK + " MB",
                    List.of(new Problem.FieldError("file", "附件不能超过 " + maxSize / CHUNK + " MB")), null);
        }
        String fileName = safeName(clientFileName);
        AttachmentType type = AttachmentType.byExtension(fileName).orElseThrow(() -> unsupported(
                "只接受 pdf、docx、xlsx、pptx、png、jpg 文件"));
        byte[] bytes = readAtMost(content, maxSize);
        if (!type.matches(bytes)) {
            throw unsupported("文件内容不是 " + type.extension + " 格式 (content does not match the extension)");
        }
        ProposalAttachment saved = attachments.save(new ProposalAttachment(null, proposalId, fileName, type.contentType,
                bytes.length, sha256(bytes), user.id(), clock.instant()));
        for (int seq = 0, from = 0; from < bytes.length; seq++, from += CHUNK) {
            chunks.save(new AttachmentChunk(null, saved.id(), seq, Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + CHUNK))));
        }
        audit.record(ProposalService.AUDIT_TYPE, proposalId, "ATTACH", null, null, fileName, user,
                scenarios.load(proposal.scenarioId()).getRegionCode());
        return proposals.view(proposal, null);
    }

    @Transactional
    public void remove(long proposalId, long attachmentId, CurrentUser user) {
        Proposal proposal = proposals.ownProposal(proposalId, user);
        ProposalAttachment attachment = attachments.findByIdAndProposalId(attachmentId, proposalId)
                .orElseThrow(() -> ApiException.notFound("附件 " + attachmentId));
        if (!proposal.status().isOpen()) {
            throw ApiException.conflict("需求方已作出决定，不能再删除附件");
        }
        chunks.deleteByAttachmentId(attachmentId);
        attachments.delete(attachment);
        audit.record(ProposalService.AUDIT_TYPE, proposalId, "DETACH", null, null, attachment.fileName(), user,
                scenarios.load(proposal.scenarioId()).getRegionCode());
    }

    /** The attachment and a stream over its chunks, for those who may read the proposal. */
    public Download open(long proposalId, long attachmentId, CurrentUser user) {
        proposals.visible(proposalId, user);
        ProposalAttachment attachment = attachments.findByIdAndProposalId(attachmentId, proposalId)
                .orElseThrow(() -> ApiException.notFound("附件 " + attachmentId));
        return new Download(attachment, new ChunkStream(attachment.id()));
    }

    record Download(ProposalAttachment attachment, InputStream content) {
    }

    /** Reads one chunk at a time, so that a download never holds the whole file in memory. */
    private final class ChunkStream extends InputStream {
        private final long attachmentId;
        private int next;
        private byte[] current = new byte[0];
        private int position;
        private boolean done;

        ChunkStream(long attachmentId) {
            this.attachmentId = attachmentId;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            while (position >= current.length) {
                if (done) {
                    return -1;
                }
                var chunk = chunks.findByAttachmentIdAndSeq(attachmentId, next++);
                if (chunk.isEmpty()) {
                    done = true;
                    return -1;
                }
                current = chunk.get().data();
                position = 0;
            }
            int n = Math.min(length, current.length - position);
            System.arraycopy(current, position, buffer, offset, n);
            position += n;
            return n;
        }
    }

    private static byte[] readAtMost(InputStream in, long max) {
        try (in) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw new ApiException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "file: 附件过大",
                        List.of(new Problem.FieldError("file", "附件过大")), null);
            }
            if (bytes.length == 0) {
                throw ApiException.badField("file", "文件为空");
            }
            return bytes;
        } catch (IOException e) {
            throw ApiException.badField("file", "文件读取失败");
        }
    }

    /** The last path segment, without control characters or quotes, at most 200 characters. */
    static String safeName(String name) {
        String base = name == null ? "" : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String clean = base.replaceAll("[\\p{Cntrl}\"<>:|?*]", "_").trim();
        if (clean.isEmpty() || clean.startsWith(".")) {
            throw ApiException.badField("file", "缺少文件名");
        }
        return clean.length() > 200 ? clean.substring(clean.length() - 200) : clean;
    }

    private static ApiException unsupported(String message) {
        return new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "file: " + message,
                List.of(new Problem.FieldError("file", message)), null);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
