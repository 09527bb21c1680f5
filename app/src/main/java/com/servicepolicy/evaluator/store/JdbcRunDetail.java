package com.servicepolicy.evaluator.store;

import com.servicepolicy.evaluator.night.RunStatus;

import com.servicepolicy.evaluator.night.RunDetail;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * A night's detail is kept for a while, not for ever: which violations it saw ({@code run_violations}; every
 * night re-sees every violation of the customers it evaluates, ~56k rows an ordinary night at 1M interactions)
 * and where each of its duplicate lines was first read ({@code run_duplicates}; a whole re-sent file is a row
 * per line). Its counts stay (RunFigures, nightly_runs), so older nights keep their reports and trend.
 */
@Repository
public class JdbcRunDetail implements RunDetail {
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public JdbcRunDetail(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * Deletes the detail of the completed nights before {@code cutoff}, one night per transaction: their
     * violation lists except the rows of {@code keptCodes}, and their duplicate lines. Marks those nights as
     * without detail and returns the rows deleted. An unfinished night keeps its detail: its restart counts
     * from it.
     */
    @Override
    public long forgetNightsBefore(LocalDate cutoff, Collection<String> keptCodes) {
        List<Object> kept = new ArrayList<>(keptCodes);
        String notKept = kept.isEmpty() ? "" : " AND code NOT IN (" + String.join(", ", Collections.nCopies(kept.size(), "?")) + ")";
        List<LocalDate> nights = jdbc.queryForList("SELECT run_date FROM nightly_runs WHERE run_date < ?"
                + " AND status = ? AND violation_detail_kept ORDER BY run_date", LocalDate.class, cutoff,
                RunStatus.COMPLETED.name());
        long deleted = 0;
        for (LocalDate night : nights) {
            Integer rows = transaction.execute(status -> {
                jdbc.update("UPDATE nightly_runs SET violation_detail_kept = FALSE WHERE run_date = ?", night);
                List<Object> args = new ArrayList<>(List.of(night));
                args.addAll(kept);
                return jdbc.update("DELETE FROM run_violations WHERE run_date = ?" + notKept, args.toArray())
                        + jdbc.update("DELETE FROM run_duplicates WHERE run_date = ?", night);
            });
            deleted += rows == null ? 0 : rows;
        }
        return deleted;
    }
}
