package cn.scenehub.account.auth;

import java.text.ParseException;
import java.time.Instant;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;

import cn.scenehub.account.CurrentUser;
import cn.scenehub.account.PasswordHasher;
import cn.scenehub.account.UserAccount;
import cn.scenehub.account.UserAccountRepository;
import cn.scenehub.common.web.ApiException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;

/** Login, token refresh, logout and "who am I". */
@Controller("/api/v1/auth")
@ExecuteOn(TaskExecutors.BLOCKING)
class AuthController {

    private final UserAccountRepository users;
    private final PasswordHasher passwords;
    private final LoginThrottle throttle;
    private final TokenService tokens;
    private final HttpClientAddressResolver addresses;

    AuthController(UserAccountRepository users, PasswordHasher passwords, LoginThrottle throttle, TokenService tokens,
                   HttpClientAddressResolver addresses) {
        this.addresses = addresses;
        this.users = users;
        this.passwords = passwords;
        this.throttle = throttle;
        this.tokens = tokens;
    }

    @Post("/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    LoginResponse login(@Body @Valid LoginRequest login, HttpRequest<?> request) {
        String address = addresses.resolve(request);
        throttle.lockedFor(login.username(), address).ifPresent(wait -> {
            throw ApiException.tooManyRequests("登录失败次数过多，请稍后再试 (too many failed logins)", wait);
        });
        UserAccount user = users.findByUsername(login.username().trim())
                .filter(u -> passwords.matches(login.password(), u.passwordHash()))
                .filter(UserAccount::enabled)
                .orElse(null);
        if (user == null) {
            passwords.spendTimeOfOneCheck(); // unknown users take as long as wrong passwords
        }
        if (user == null) {
            throttle.recordFailure(login.username().trim(), address);
            throw new ApiException(HttpStatus.UNAUTHORIZED, "用户名或密码错误 (wrong username or password)");
        }
        throttle.recordSuccess(user.username());
        return tokens.issue(user);
    }

    @Post("/refresh")
    @Secured(SecurityRule.IS_ANONYMOUS)
    LoginResponse refresh(@Body @Valid RefreshRequest refresh) {
        return tokens.refresh(refresh.refreshToken())
                .orElseThrow(() -> new ApiException(HttpStatus.UNAUTHORIZED,
                        "刷新令牌无效或已使用，请重新登录 (refresh token invalid or used)"));
    }

    @Post("/logout")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Status(HttpStatus.NO_CONTENT)
    void logout(@Header(HttpHeaders.AUTHORIZATION) String authorization, @Body @Nullable RefreshRequest.Optional body) {
        try {
            // The token already passed validation; read its id and expiry to revoke exactly it.
            JWTClaimsSet claims = JWTParser.parse(authorization.substring("Bearer ".length()).trim()).getJWTClaimsSet();
            Instant expiresAt = claims.getExpirationTime() == null ? Instant.now().plusSeconds(86_400)
                    : claims.getExpirationTime().toInstant();
            tokens.logout(claims.getJWTID(), expiresAt, body == null ? null : body.refreshToken());
        } catch (ParseException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "无法解析访问令牌 (unreadable access token)");
        }
    }

    @Get("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    CurrentUser me(CurrentUser user) {
        return user;
    }
}
