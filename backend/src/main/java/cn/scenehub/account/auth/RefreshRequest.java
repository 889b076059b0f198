package cn.scenehub.account.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;

@Serdeable
public record RefreshRequest(@NotBlank String refreshToken) {

    /** Logout takes the refresh token optionally, to end that session too. */
    @Serdeable
    public record Optional(@Nullable String refreshToken) {
    }
}
