package cn.scenehub.servicerequest;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ServiceRequestRepository extends CrudRepository<ServiceRequest, Long> {

    /**
     * The commissioner of the district with the fewest requests still to handle; among equals the
     * one assigned longest ago (never assigned first), which takes them in turn.
     */
    @Query("""
            SELECT u.id FROM user_account u JOIN commissioner_district d ON d.user_id = u.id
            LEFT JOIN service_request r ON r.assignee_id = u.id
            WHERE d.region_code = :regionCode AND u.enabled = TRUE AND u.role = 'COMMISSIONER'
            GROUP BY u.id
            ORDER BY SUM(CASE WHEN r.status IN ('OPEN', 'ACKNOWLEDGED') THEN 1 ELSE 0 END),
                     COALESCE(MAX(r.assigned_at), TIMESTAMP('1970-01-01')), u.id
            LIMIT 1""")
    List<Long> leastLoaded(String regionCode);

    /** Serialises routing within a district, so that two replicas do not both pick the same turn. */
    @Query("SELECT user_id FROM commissioner_district WHERE region_code = :regionCode FOR UPDATE")
    List<Long> lockDistrict(String regionCode);

    @Query(value = """
            SELECT * FROM service_request
            WHERE (:organizationId IS NULL OR organization_id = :organizationId)
              AND (:allRegions = TRUE OR region_code IN (:regions))
              AND (:status IS NULL OR status = :status)
            ORDER BY id DESC""",
            countQuery = """
            SELECT COUNT(*) FROM service_request
            WHERE (:organizationId IS NULL OR organization_id = :organizationId)
              AND (:allRegions = TRUE OR region_code IN (:regions))
              AND (:status IS NULL OR status = :status)""")
    Page<ServiceRequest> search(@Nullable Long organizationId, boolean allRegions, Collection<String> regions,
                                @Nullable String status, Pageable pageable);

    @Query("SELECT id FROM service_request WHERE status = 'OPEN' AND ack_escalated_at IS NULL AND acknowledge_due < :now")
    List<Long> overdueAcknowledgements(Instant now);

    @Query("""
            SELECT id FROM service_request WHERE status IN ('OPEN', 'ACKNOWLEDGED')
              AND visit_escalated_at IS NULL AND visit_due < :now""")
    List<Long> overdueVisits(Instant now);

    /** Marks the escalation once; answers 0 if another instance got there first. */
    @Query("UPDATE service_request SET ack_escalated_at = :now WHERE id = :id AND ack_escalated_at IS NULL")
    long markAckEscalated(long id, Instant now);

    @Query("UPDATE service_request SET visit_escalated_at = :now WHERE id = :id AND visit_escalated_at IS NULL")
    long markVisitEscalated(long id, Instant now);
}
