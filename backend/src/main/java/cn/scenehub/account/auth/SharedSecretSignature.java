package cn.scenehub.account.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;

/**
 * HMAC-SHA256 signing and verification with the shared secret. A class of our own (not a
 * {@code SecretSignatureConfiguration} bean, which Micronaut only builds from configuration
 * properties) so the secret can come from the database.
 */
final class SharedSecretSignature implements SignatureGeneratorConfiguration {

    private final SecretSignature delegate;

    SharedSecretSignature(String secret) {
        SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("generator");
        configuration.setSecret(secret);
        configuration.setJwsAlgorithm(JWSAlgorithm.HS256);
        this.delegate = new SecretSignature(configuration);
    }

    @Override
    public SignedJWT sign(JWTClaimsSet claims) throws JOSEException {
        return delegate.sign(claims);
    }

    @Override
    public String supportedAlgorithmsMessage() {
        return delegate.supportedAlgorithmsMessage();
    }

    @Override
    public boolean supports(JWSAlgorithm algorithm) {
        return delegate.supports(algorithm);
    }

    @Override
    public boolean verify(SignedJWT jwt) throws JOSEException {
        return delegate.verify(jwt);
    }
}
