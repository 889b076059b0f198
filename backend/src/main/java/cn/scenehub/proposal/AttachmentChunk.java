package cn.scenehub.proposal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** One piece (≤ 1 MB) of an attachment's bytes, so that no row exceeds the server's packet limit. */
@MappedEntity("attachment_chunk")
record AttachmentChunk(@Id @GeneratedValue @Nullable Long id, long attachmentId, int seq, byte[] data) {
}
