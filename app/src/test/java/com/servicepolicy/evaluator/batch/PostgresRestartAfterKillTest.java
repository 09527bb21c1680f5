package com.servicepolicy.evaluator.batch;

/** The kill -9 restart proof on the real PostgreSQL, each database a schema of its own. */
class PostgresRestartAfterKillTest extends RestartAfterKillContract {
    @Override
    String freshDatabase() {
        return Databases.freshPostgresSchema();
    }
}
