package com.servicepolicy.evaluator.store;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.List;

/**
 * Which violations each night saw ({@code run_violations}) is kept for a while, not for ever: every night
 * re-sees every violation of the customers it evaluates, ~56k rows an ordinary night at 1M interactions. Its
 * counts stay (RunFigures), so older nights keep their reports and trend; only their list goes.
 */
@Repository
public class RunViolationDetail {
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public RunViolationDetail(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * Deletes the violation lists of the completed nights before {@code cutoff}, one night per transaction,
     * except the rows of {@code keptCode}, and marks those nights as without detail. Returns the rows deleted.
     * An unfinished night keeps its list: its restart counts the violations from it.
     */
    public long forgetNightsBefore(LocalDate cutoff, String keptCode) {
        List<LocalDate> nights = jdbc.queryForList("SELECT run_date FROM nightly_runs WHERE run_date < ?"
                + " AND status = ? AND violation_detail_kept ORDER BY run_date", LocalDate.class, cutoff,
                RunStatus.COMPLETED.name());
        long deleted = 0;
        for (LocalDate night : nights) {
            Integer rows = transaction.execute(status -> {
                jdbc.update("UPDATE nightly_runs SET violation_detail_kept = FALSE WHERE run_date = ?", night);
                return jdbc.update("DELETE FROM run_violations WHERE run_date = ? AND code <> ?", night, keptCode);
            });
            deleted += rows == null ? 0 : rows;
        }
        return deleted;
    }
}
