package cn.scenehub.organization;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a manufacturer or provider submits to register (the credit code's check digit is verified too). */
@Serdeable
public record OrganizationRegistration(
        @NotNull OrganizationKind kind,
        @NotBlank @Size(max = 120) String name,
        @NotBlank String creditCode,
        @NotBlank @Pattern(regexp = "\\d{6}", message = "应为6位行政区划代码 (GB/T 2260)") String regionCode,
        @Nullable @Pattern(regexp = "[A-Ta-t]\\d{2}", message = "应为国民经济行业大类代码，如 C29 (GB/T 4754-2017)") String industryCode,
        @Nullable @Pattern(regexp = "规上|规下", message = "只能是 规上 或 规下") String scale,
        @NotBlank @Size(max = 60) String contactName,
        @NotBlank @Pattern(regexp = "[0-9+\\- ]{7,20}", message = "电话号码格式不正确") String contactPhone,
        @Nullable @Email @Size(max = 120) String contactEmail) {
}
