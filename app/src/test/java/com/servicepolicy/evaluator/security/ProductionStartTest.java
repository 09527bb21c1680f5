package com.servicepolicy.evaluator.security;

import com.servicepolicy.evaluator.ServiceApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The whole service refuses a production start without credentials or with the development ones. */
class ProductionStartTest {

    private static ConfigurableApplicationContext start(String profile, String... properties) {
        // as command-line arguments: they win over the tests' config/application.properties (a development run)
        var args = new java.util.ArrayList<>(java.util.List.of("--server.port=0", "--evaluator.batch.scheduled=false",
                "--evaluator.watch-rules=false",
                "--spring.datasource.url=jdbc:h2:mem:production-start-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1"));
        for (String p : properties) {
            args.add("--" + p);
        }
        return new SpringApplicationBuilder(ServiceApplication.class).profiles(profile).run(args.toArray(String[]::new));
    }

    @Test
    void withoutCredentialsTheServiceDoesNotStart() {
        assertThatThrownBy(() -> start("none", "evaluator.security.development-run=false"))
                .rootCause().hasMessageContaining("no credentials are configured");
    }

    @Test
    void withTheDevelopmentCredentialsOutsideADevelopmentRunTheServiceDoesNotStart() {
        assertThatThrownBy(() -> start("dev", "evaluator.security.development-run=false"))
                .rootCause().hasMessageContaining("development credential");
    }

    @Test
    void theDevProfileIsADevelopmentRunAndStarts() {
        try (ConfigurableApplicationContext context = start("dev")) {
            assertThat(context.isRunning()).isTrue();
        }
    }
}
