package cn.scenehub.servicerequest;

import java.time.LocalDate;
import java.util.List;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface ServiceVisitRepository extends CrudRepository<ServiceVisit, Long> {

    List<ServiceVisit> findByServiceRequestIdOrderByVisitedOnAsc(long serviceRequestId);

    List<ServiceVisit> findByVisitedOnBetweenOrderByVisitedOnDesc(LocalDate from, LocalDate to);
}
