package cn.scenehub.account;

import java.nio.charset.StandardCharsets;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/** bcrypt, slow on purpose; the cost is configurable so tests need not wait. */
@Singleton
public class PasswordHasher {

    private final int cost;
    private final String dummyHash;

    PasswordHasher(@Value("${scenehub.security.bcrypt-cost:11}") int cost) {
        this.cost = cost;
        this.dummyHash = hash("not a password anyone has");
    }

    /** Does the work of one failed check, so a missing account cannot be told by timing. */
    public void spendTimeOfOneCheck() {
        matches("wrong", dummyHash);
    }

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8),
                hash.getBytes(StandardCharsets.UTF_8)).verified;
    }
}
