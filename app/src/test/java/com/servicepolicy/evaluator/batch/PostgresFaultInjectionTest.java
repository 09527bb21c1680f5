package com.servicepolicy.evaluator.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.servicepolicy.evaluator.night.RunRecord;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The fault-injection suite on PostgreSQL, through a proxy the test controls, which also lets the database go
 * away mid-night and come back (the shared server itself is never restarted: other tests use it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class PostgresFaultInjectionTest extends FaultInjectionContract {
    static CuttableProxy proxy;
    static String direct;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        direct = Databases.freshPostgresSchema();
        proxy = new CuttableProxy("127.0.0.1", 5432);
        String viaProxy = direct.replace("127.0.0.1:5432", "127.0.0.1:" + proxy.port());
        for (String p : properties(viaProxy)) {
            String[] kv = p.split("=", 2);
            registry.add(kv[0], () -> kv[1]);
        }
    }

    @AfterAll
    static void closeProxy() throws Exception {
        proxy.close();
    }

    @Test
    void theDatabaseGoingAwayMidNightFailsItAndTheRerunOnceItIsBackJudgesAsACleanRun() throws Exception {
        LocalDate night = LocalDate.of(2021, 5, 10);
        Path folder = TestInbox.write(inbox(), night, 6_000, 2, 23);
        Map<String, String> clean = cleanRun(night, folder);

        CompletableFuture<Object> first = CompletableFuture.supplyAsync(() -> {
            try {
                return runner.run(night, inbox());
            } catch (Exception e) {
                return e;
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!ingestHasCommitted(night)) {
            assertThat(first).as("the night is still running when the database goes").isNotDone();
            assertThat(System.nanoTime()).isLessThan(deadline);
            Thread.sleep(10);
        }
        proxy.cut();
        Object outcome = first.get(120, TimeUnit.SECONDS);
        Thread.sleep(1_000);
        proxy.restore();
        Thread.sleep(1_000); // the pool's dead connections fail their validation and are replaced
        RunRecord rerun = runner.run(night, inbox());

        System.out.println("the night while the database was away ended with: " + outcome);
        assertThat(outcome).satisfiesAnyOf(
                o -> assertThat(o).isInstanceOf(Exception.class),
                o -> assertThat(((RunRecord) o).status()).isEqualTo("FAILED"));
        assertThat(rerun.status()).isEqualTo("COMPLETED");
        assertThat(rerun.read()).isEqualTo(rerun.evaluated() + rerun.duplicates() + rerun.rejected());
        assertThat(judged(night)).isEqualTo(clean).isNotEmpty();
    }

    /** Asked directly, not through the proxy. */
    private static boolean ingestHasCommitted(LocalDate night) {
        try (Connection c = DriverManager.getConnection(direct, "postgres", "");
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM run_checkpoints WHERE run_date = '"
                     + night + "' AND name LIKE 'file:%' AND position_num > 0")) {
            return rs.next() && rs.getLong(1) > 0;
        } catch (Exception e) {
            return false;
        }
    }
}
