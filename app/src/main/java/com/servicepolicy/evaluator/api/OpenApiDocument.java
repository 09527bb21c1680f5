package com.servicepolicy.evaluator.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.tags.Tag;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;
import java.util.Map;

/**
 * The OpenAPI document: the product and its version (from the build), the three ways to authenticate (API key
 * header, the key as a bearer token, a browser session), the tags, and on every operation each error status it can
 * answer with the one problem document shape all errors share (RFC 9457, {@code application/problem+json}).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiDocument {
    static final String PROBLEM = "Problem";
    private static final Map<String, String> REASONS = Map.of("400", "Invalid parameter or body",
            "401", "No credential, or one that matches nothing", "403", "The credential lacks the role this needs",
            "404", "No such resource", "409", "Does not fit the resource's state", "413", "Request too large",
            "422", "A rule did not stop firing, or the rules do not compile",
            "503", "No rule thread or sandbox free; retry after the Retry-After header");
    /** Error statuses beyond 400/401/403 (and 404 on paths with a variable), by "METHOD path". */
    private static final Map<String, List<String>> MORE = Map.of(
            "POST /api/v1/evaluations", List.of("413", "422", "503"),
            "POST /api/v1/policies/validate", List.of("413", "503"),
            "POST /api/v1/policies/reload", List.of("422"),
            "POST /api/v1/runs", List.of("409"));

    @Bean
    OpenAPI evaluatorOpenApi(ObjectProvider<BuildProperties> build) {
        BuildProperties b = build.getIfAvailable();
        return new OpenAPI()
                .info(new Info().title("Service Policy Evaluator").version(b == null ? "development" : b.getVersion())
                        .description("Evaluates customer interactions against service-level policies written in Drools"
                                + " DRL, runs the nightly evaluation and keeps what it finds for people to work through."
                                + " Errors are problem documents (RFC 9457); times are ISO-8601."))
                .components(new Components()
                        .addSecuritySchemes("apiKey", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-API-Key").description("a configured API key"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("the same API key, as Authorization: Bearer <key>"))
                        .addSecuritySchemes("session", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("JSESSIONID").description("a browser signed in at"
                                        + " /login; a change also needs the XSRF-TOKEN cookie's value as X-XSRF-TOKEN"))
                        .addSchemas(PROBLEM, problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"))
                .addSecurityItem(new SecurityRequirement().addList("session"))
                .tags(List.of(new Tag().name("evaluations").description("Evaluate interactions against the serving policies"),
                        new Tag().name("policies").description("The rules in service, their validation and reloading"),
                        new Tag().name("nights").description("The nightly evaluation and each night's accounting"),
                        new Tag().name("violations").description("What the nights found, and people's work on it")));
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) ->
                    document(path, method, op)));
        };
    }

    private static void document(String path, PathItem.HttpMethod method, Operation op) {
        ApiResponses responses = op.getResponses() == null ? new ApiResponses() : op.getResponses();
        List<String> statuses = new java.util.ArrayList<>(List.of("400", "401", "403"));
        if (path.contains("{")) {
            statuses.add("404");
        }
        statuses.addAll(MORE.getOrDefault(method + " " + path, List.of()));
        if (path.startsWith("/api/v1/violations/{id}/") && method == PathItem.HttpMethod.POST) {
            statuses.add("409");
        }
        statuses.forEach(s -> responses.putIfAbsent(s, new ApiResponse()));
        responses.forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                response.setDescription(REASONS.getOrDefault(status, response.getDescription()));
                response.setContent(new Content().addMediaType("application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
            }
        });
        op.setResponses(responses);
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        return new ObjectSchema().description("RFC 9457 problem document; some problems add members (errors,"
                        + " parameter, value, rule, problems…)")
                .addProperty("type", new StringSchema().format("uri").example("urn:service-policy-evaluator:problem:invalid-parameter"))
                .addProperty("title", new StringSchema().example("Invalid parameter"))
                .addProperty("status", new IntegerSchema().example(400))
                .addProperty("detail", new StringSchema().example("severity: 'critical' is not one of [CRITICAL, MAJOR, MINOR, INFO]"))
                .addProperty("instance", new StringSchema().format("uri").example("/api/v1/violations"))
                .additionalProperties(true);
    }
}
