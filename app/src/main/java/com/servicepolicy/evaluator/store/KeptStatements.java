package com.servicepolicy.evaluator.store;

import org.h2.jdbc.JdbcConnection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Prepared statements kept open on an H2 connection from one transaction to the next, by SQL text. H2 keeps a
 * parsed command only for {@code INSERT}: it parsed the violations' 250-row {@code MERGE} again for every chunk of
 * customers, a tenth of a night's main thread. Other databases' statements are prepared and closed as usual
 * (PostgreSQL's driver keeps its own parsed statements).
 *
 * <p>An H2 statement is prepared on the pool's physical connection (unwrapped), so that the pool does not close it
 * when it takes the connection back; it closes with that connection, and a closed connection's statements are
 * forgotten at the next call. A physical connection is used by one thread at a time, so its statements are too.
 */
final class KeptStatements {
    private final Map<Connection, Map<String, PreparedStatement>> byConnection = new HashMap<>();

    /** Whether statements prepared on {@code pooled} are kept (it is an H2 connection). */
    boolean keeps(Connection pooled) throws SQLException {
        return pooled.isWrapperFor(JdbcConnection.class);
    }

    /** The statement for {@code sql}: kept on H2 (prepared the first time), freshly prepared elsewhere. */
    PreparedStatement prepare(Connection pooled, String sql) throws SQLException {
        if (!keeps(pooled)) {
            return pooled.prepareStatement(sql);
        }
        Connection physical = pooled.unwrap(JdbcConnection.class);
        Map<String, PreparedStatement> statements;
        synchronized (byConnection) {
            forgetClosed();
            statements = byConnection.computeIfAbsent(physical, c -> new HashMap<>());
        }
        PreparedStatement statement = statements.get(sql);
        if (statement == null || statement.isClosed()) {
            statement = physical.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return statement;
    }

    /** Done with {@code statement} for now: closes it unless it is kept. */
    void release(PreparedStatement statement) throws SQLException {
        if (!statement.isWrapperFor(org.h2.jdbc.JdbcPreparedStatement.class)) {
            statement.close();
        }
    }

    private void forgetClosed() throws SQLException {
        for (Iterator<Connection> i = byConnection.keySet().iterator(); i.hasNext(); ) {
            if (i.next().isClosed()) {
                i.remove();
            }
        }
    }
}
