package cn.scenehub.account;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A user as administrators see it; never the password hash. */
@Serdeable
public record UserView(long id, String username, String displayName, Role role, @Nullable Long organizationId,
                       List<String> districts, boolean enabled) {

    static UserView of(UserAccount user, List<String> districts) {
        return new UserView(user.id(), user.username(), user.displayName(), user.role(), user.organizationId(),
                districts, user.enabled());
    }
}
