package cn.scenehub;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** The OpenAPI document's header; the document itself is generated from the controllers at build time. */
@OpenAPIDefinition(info = @Info(title = "SceneHub API (工赋场景汇)", version = "v1",
        description = "Demand scenarios, provider capability maps, annual lists, matching. Errors are RFC 7807 problem+json."))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
final class ApiDefinition {

    private ApiDefinition() {
    }
}
