package cn.scenehub.account;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.authentication.Authentication;

/**
 * The caller as the services see it: who, in which role, for which organization or districts.
 * Built from the access token's claims, so no query is needed per request.
 */
@io.micronaut.serde.annotation.Serdeable
public record CurrentUser(long id, String username, Role role, @Nullable Long organizationId, Set<String> districts) {

    static final String CLAIM_USER_ID = "uid";
    static final String CLAIM_ORGANIZATION = "org";
    static final String CLAIM_DISTRICTS = "districts";

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public boolean isCommissioner() {
        return role == Role.COMMISSIONER;
    }

    /** Whether this user may act on records of the given district (admins: all). */
    public boolean serves(String regionCode) {
        return isAdmin() || (isCommissioner() && regionCode != null && districts.contains(regionCode));
    }

    /** Whether this user acts for the given organization. */
    public boolean belongsTo(Long organization) {
        return organization != null && organization.equals(organizationId);
    }

    public static CurrentUser of(Authentication authentication) {
        Map<String, Object> claims = authentication.getAttributes();
        Role role = Role.valueOf(authentication.getRoles().iterator().next());
        Object org = claims.get(CLAIM_ORGANIZATION);
        Object districts = claims.get(CLAIM_DISTRICTS);
        return new CurrentUser(
                ((Number) claims.get(CLAIM_USER_ID)).longValue(),
                authentication.getName(),
                role,
                org == null ? null : ((Number) org).longValue(),
                districts instanceof List<?> list ? Set.copyOf(list.stream().map(String::valueOf).toList()) : Set.of());
    }
}
