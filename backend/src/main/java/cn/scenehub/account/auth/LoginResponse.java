package cn.scenehub.account.auth;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/** The answer to login and refresh: a contract, field names exactly as documented. */
@Serdeable
public record LoginResponse(String accessToken, String refreshToken, long expiresIn, List<String> roles) {
}
