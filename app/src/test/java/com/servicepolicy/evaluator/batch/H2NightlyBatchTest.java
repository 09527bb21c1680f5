package com.servicepolicy.evaluator.batch;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class H2NightlyBatchTest extends NightlyBatchContract {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        register(registry, Databases.freshH2Memory());
    }

    static void register(DynamicPropertyRegistry registry, String url) throws Exception {
        for (String p : properties(url)) {
            String[] kv = p.split("=", 2);
            registry.add(kv[0], () -> kv[1]);
        }
    }
}
