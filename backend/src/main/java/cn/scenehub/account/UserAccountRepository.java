package cn.scenehub.account;

import java.util.List;
import java.util.Optional;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface UserAccountRepository extends CrudRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByRole(Role role);

    List<UserAccount> findByOrganizationId(Long organizationId);

    List<UserAccount> findByRole(Role role);

    @Query("SELECT region_code FROM commissioner_district WHERE user_id = :userId ORDER BY region_code")
    List<String> findDistricts(Long userId);

    @Query("INSERT INTO commissioner_district (user_id, region_code) VALUES (:userId, :regionCode)")
    void addDistrict(Long userId, String regionCode);

    @Query("DELETE FROM commissioner_district WHERE user_id = :userId")
    void clearDistricts(Long userId);

    /** Commissioners serving a district, for routing and notifications. */
    @Query("SELECT u.* FROM user_account u JOIN commissioner_district d ON d.user_id = u.id "
            + "WHERE d.region_code = :regionCode AND u.enabled = TRUE ORDER BY u.id")
    List<UserAccount> findCommissionersOf(String regionCode);
}
