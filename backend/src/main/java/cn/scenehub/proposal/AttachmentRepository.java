package cn.scenehub.proposal;

import java.util.List;
import java.util.Optional;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AttachmentRepository extends CrudRepository<ProposalAttachment, Long> {

    List<ProposalAttachment> findByProposalIdOrderByIdAsc(long proposalId);

    Optional<ProposalAttachment> findByIdAndProposalId(long id, long proposalId);

    long countByProposalId(long proposalId);
}
