package cn.scenehub.subscription;

import java.util.List;
import java.util.Optional;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
interface SubscriptionRepository extends CrudRepository<Subscription, Long> {

    List<Subscription> findByProviderIdOrderByIdAsc(long providerId);

    Optional<Subscription> findByIdAndProviderId(long id, long providerId);
}
