package cn.scenehub.account.auth;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.claims.JtiGenerator;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import cn.scenehub.common.settings.AppSettingRepository;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * JWT plumbing: every token gets an id (so it can be revoked), revoked ids are refused, and the
 * signing secret is the same on every replica and across restarts — from SCENEHUB_JWT_SECRET if
 * set, otherwise generated once and kept in the database.
 */
@Factory
class JwtSupport {

    static final String SECRET_SETTING = "jwt.secret";

    @Singleton
    JtiGenerator jtiGenerator() {
        return () -> UUID.randomUUID().toString();
    }

    /** Micronaut consults the {@code Generic} kind of claims validator for every request. */
    @Singleton
    GenericJwtClaimsValidator<HttpRequest<?>> notRevoked(TokenRevocations revocations) {
        return (claims, request) -> {
            Object jti = claims.get(Claims.TOKEN_ID);
            return jti != null && !revocations.isRevoked(jti.toString());
        };
    }

    @Singleton
    @Named("generator")
    SignatureGeneratorConfiguration signature(@Value("${scenehub.security.jwt-secret:}") @Nullable String configured,
                                              AppSettingRepository settings) {
        return new SharedSecretSignature(configured != null && !configured.isBlank() ? configured : sharedSecret(settings));
    }

    private static String sharedSecret(AppSettingRepository settings) {
        byte[] bytes = new byte[48];
        new SecureRandom().nextBytes(bytes);
        // INSERT IGNORE: when replicas start together, the first one's secret wins for all.
        settings.insertIgnore(SECRET_SETTING, Base64.getEncoder().encodeToString(bytes), Instant.now());
        return settings.findValue(SECRET_SETTING).orElseThrow();
    }
}
