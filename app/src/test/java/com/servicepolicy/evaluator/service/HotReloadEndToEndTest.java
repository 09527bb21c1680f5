package com.servicepolicy.evaluator.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.servicepolicy.evaluator.api.ApiTestKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The running service over real HTTP, on a copy of the shipped rules: an author's edit is picked up
 * without a restart, and a broken edit leaves the last good rules serving while the status and
 * health say what is wrong, with file and line.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"evaluator.watch-rules=true", "evaluator.reload-debounce=100ms"})
@ActiveProfiles("service-test")
class HotReloadEndToEndTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static Path rulesDir;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void copyOfTheRules(DynamicPropertyRegistry registry) throws IOException {
        rulesDir = Files.createTempDirectory("rules-e2e");
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, rulesDir.resolve(f.getFileName()));
            }
        }
        registry.add("evaluator.rules-dir", rulesDir::toString);
    }

    @AfterAll
    static void cleanUp() throws IOException {
        FileSystemUtils.deleteRecursively(rulesDir);
    }

    private HttpResponse<String> send(String method, String path, String key, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).header("X-API-Key", key);
        if (json != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode evaluate() throws Exception {
        HttpResponse<String> r = send("POST", "/api/v1/evaluations", ApiTestKeys.EVALUATE, ApiTestKeys.LATE_REPLY);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        assertThat(r.headers().firstValue("X-Rules-Version")).hasValue(body.get("rulesVersion").stringValue());
        return body;
    }

    private JsonNode rulesStatus() throws Exception {
        HttpResponse<String> r = send("GET", "/api/v1/policies/status", ApiTestKeys.AUTHOR, null);
        assertThat(r.statusCode()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private JsonNode awaitStatus(Predicate<JsonNode> condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        JsonNode status = rulesStatus();
        while (!condition.test(status)) {
            assertThat(System.nanoTime()).as("waiting for the rules status, last: %s", status).isLessThan(deadline);
            Thread.sleep(100);
            status = rulesStatus();
        }
        return status;
    }

    @Test
    void anEditIsServedWithoutRestartAndABrokenEditKeepsTheLastGoodRules() throws Exception {
        JsonNode before = evaluate();
        String v1 = before.get("rulesVersion").stringValue();
        assertThat(before.get("violations").valueStream().map(v -> v.get("code").stringValue()).toList()).containsExactly("RESP-001");

        // the author allows HIGH priority 8 h for a first response: the 6 h reply is no longer late
        Path settings = rulesDir.resolve("settings.yaml");
        String original = Files.readString(settings);
        String edited = original.replace("HIGH:   { response: 4h,", "HIGH:   { response: 8h,");
        assertThat(edited).isNotEqualTo(original);
        Files.writeString(settings, edited);
        String v2 = awaitStatus(s -> !s.get("servingVersion").stringValue().equals(v1))
                .get("servingVersion").stringValue();
        JsonNode after = evaluate();
        assertThat(after.get("rulesVersion").stringValue()).isEqualTo(v2);
        assertThat(after.get("violations").valueStream().map(v -> v.get("code").stringValue()).toList()).doesNotContain("RESP-001");

        // a broken file: reported with file and line, and the edited rules keep serving
        Files.writeString(rulesDir.resolve("broken.drl"), """
                package policies.broken;
                rule "Half written"
                when
                    $x : NoSuchFact( )
                then
                end
                """);
        JsonNode degraded = awaitStatus(s -> !s.get("problems").isEmpty());
        assertThat(degraded.get("servingVersion").stringValue()).isEqualTo(v2);
        JsonNode problem = degraded.get("problems").get(0);
        assertThat(problem.get("file").stringValue()).isEqualTo("broken.drl");
        assertThat(problem.get("line").intValue()).isEqualTo(4);
        JsonNode stillServing = evaluate();
        assertThat(stillServing.get("rulesVersion").stringValue()).isEqualTo(v2);
        assertThat(stillServing.get("violations").valueStream().map(v -> v.get("code").stringValue()).toList()).doesNotContain("RESP-001");

        HttpResponse<String> health = send("GET", "/actuator/health", ApiTestKeys.ADMIN, null);
        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode h = JSON.readTree(health.body());
        assertThat(h.get("status").stringValue()).isEqualTo("UP");
        assertThat(h.at("/components/rules/status").stringValue()).isEqualTo("DEGRADED");
        assertThat(h.at("/components/rules/details/problems/0").stringValue()).startsWith("broken.drl:4:");

        // an explicit reload of the broken directory is refused with the problems
        HttpResponse<String> reload = send("POST", "/api/v1/policies/reload", ApiTestKeys.AUTHOR, null);
        assertThat(reload.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(reload.body()).get("rulesVersion").stringValue()).isEqualTo(v2);

        // removing it puts the status right again
        Files.delete(rulesDir.resolve("broken.drl"));
        awaitStatus(s -> s.get("problems").isEmpty());
    }
}
