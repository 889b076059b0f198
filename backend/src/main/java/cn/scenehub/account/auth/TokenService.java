package cn.scenehub.account.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.scenehub.account.UserAccount;
import cn.scenehub.account.UserAccountRepository;
import io.micronaut.context.annotation.Value;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;

/**
 * Issues access tokens (signed JWTs carrying the user's id, role, organization and districts)
 * and opaque refresh tokens (rotated on every use), and revokes them on logout.
 */
@Singleton
class TokenService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final TokenGenerator tokens;
    private final UserAccountRepository users;
    private final RefreshTokenRepository refreshTokens;
    private final TokenRevocations revocations;
    private final Duration accessLifetime;
    private final Duration refreshLifetime;

    TokenService(TokenGenerator tokens, UserAccountRepository users, RefreshTokenRepository refreshTokens,
                 TokenRevocations revocations,
                 @Value("${micronaut.security.token.generator.access-token.expiration:3600}") int accessSeconds,
                 @Value("${scenehub.security.refresh-token-lifetime:14d}") Duration refreshLifetime) {
        this.tokens = tokens;
        this.users = users;
        this.refreshTokens = refreshTokens;
        this.revocations = revocations;
        this.accessLifetime = Duration.ofSeconds(accessSeconds);
        this.refreshLifetime = refreshLifetime;
    }

    LoginResponse issue(UserAccount user) {
        List<String> districts = users.findDistricts(user.id());
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("uid", user.id());
        if (user.organizationId() != null) {
            claims.put("org", user.organizationId());
        }
        claims.put("districts", districts);
        claims.put("name", user.displayName());
        Authentication authentication = Authentication.build(user.username(), List.of(user.role().name()), claims);
        String access = tokens.generateToken(authentication, (int) accessLifetime.toSeconds())
                .orElseThrow(() -> new IllegalStateException("no access token generated"));
        String refresh = newRefreshToken(user.id());
        return new LoginResponse(access, refresh, accessLifetime.toSeconds(), List.of(user.role().name()));
    }

    /** Exchanges a live refresh token for new tokens; a used or unknown one gets nothing. */
    Optional<LoginResponse> refresh(String refreshToken) {
        String hash = sha256(refreshToken);
        Optional<RefreshToken> stored = refreshTokens.findById(hash);
        if (stored.isEmpty() || stored.get().expiresAt().isBefore(Instant.now())) {
            return Optional.empty();
        }
        if (refreshTokens.revoke(hash) == 0) {
            // Presented again after use: someone copied it. End every session of that user.
            refreshTokens.revokeAllOf(stored.get().userId());
            return Optional.empty();
        }
        return users.findById(stored.get().userId()).filter(UserAccount::enabled).map(this::issue);
    }

    void logout(String jti, Instant accessExpiresAt, String refreshToken) {
        if (jti != null) {
            revocations.revoke(jti, accessExpiresAt);
        }
        if (refreshToken != null && !refreshToken.isBlank()) {
            refreshTokens.revoke(sha256(refreshToken));
        }
    }

    private String newRefreshToken(Long userId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now();
        refreshTokens.save(new RefreshToken(sha256(token), userId, now.plus(refreshLifetime), false, now));
        return token;
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
