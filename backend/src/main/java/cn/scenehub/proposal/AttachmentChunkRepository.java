package cn.scenehub.proposal;

import java.util.Optional;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AttachmentChunkRepository extends CrudRepository<AttachmentChunk, Long> {

    Optional<AttachmentChunk> findByAttachmentIdAndSeq(long attachmentId, int seq);

    void deleteByAttachmentId(long attachmentId);
}
