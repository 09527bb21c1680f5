package com.servicepolicy.evaluator.batch;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The fault-injection suite on H2 (an in-memory database: "the database going away" is PostgreSQL's). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class H2FaultInjectionTest extends FaultInjectionContract {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        for (String p : properties(Databases.freshH2Memory())) {
            String[] kv = p.split("=", 2);
            registry.add(kv[0], () -> kv[1]);
        }
    }
}
