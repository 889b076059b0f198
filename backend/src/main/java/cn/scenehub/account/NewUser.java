package cn.scenehub.account;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A user to create. Enterprise and provider users belong to an approved organization of their
 * kind; commissioners serve one or more districts.
 */
@Serdeable
public record NewUser(
        @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9_.@-]+", message = "只能包含字母、数字和 _ . @ -") String username,
        @NotBlank @Size(min = 8, max = 200, message = "密码至少8位") String password,
        @NotBlank @Size(max = 60) String displayName,
        @NotNull Role role,
        @Nullable Long organizationId,
        @Nullable List<@Pattern(regexp = "\\d{6}", message = "应为6位行政区划代码") String> districts) {
}
