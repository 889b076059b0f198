package cn.scenehub.proposal;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** An attachment's description; its bytes are in {@link AttachmentChunk}s. */
@MappedEntity("proposal_attachment")
record ProposalAttachment(
        @Id @GeneratedValue @Nullable Long id,
        long proposalId,
        String fileName,
        String contentType,
        long size,
        String sha256,
        long createdBy,
        Instant createdAt) {
}
