package com.servicepolicy.evaluator.store;

import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Flyway V15: on PostgreSQL, the history rows' bytes are compressed with LZ4 instead of the server's default, pglz,
 * where the server offers it (PostgreSQL 14 and later, built with LZ4, as Debian's is). A row past about 2 kB is
 * compressed as it is stored; a fifth of a backfill's rows are, and pglz took about 3 s of the server's CPU of a
 * 1M-interaction night (29 against 32 s, docs/benchmarks.md). Rows already stored keep their compression; reading
 * either is transparent. H2 and servers without LZ4 are left as they are. Java rather than SQL because the statement
 * exists only on PostgreSQL and only with LZ4 built in.
 */
@Component
public class HistoryCompressionMigration extends StoreMigration {
    static final String LZ4_OFFERED = "SELECT 'lz4' = ANY (enumvals) FROM pg_settings WHERE name = 'default_toast_compression'";
    private static final String LZ4 = "ALTER TABLE event_histories ALTER COLUMN events SET COMPRESSION lz4,"
            + " ALTER COLUMN event_ids SET COMPRESSION lz4";

    public HistoryCompressionMigration() {
        super("15", "history rows compressed with lz4", (LZ4_OFFERED + LZ4).hashCode());
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (!Postgres.is(connection) || !lz4Offered(connection)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(LZ4);
        }
    }

    static boolean lz4Offered(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(LZ4_OFFERED)) {
            return rs.next() && rs.getBoolean(1);
        }
    }
}
