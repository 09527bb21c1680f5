package com.servicepolicy.evaluator.store;

import com.servicepolicy.evaluator.store.sql.StoredText;
import com.servicepolicy.evaluator.night.DataQualityStore;
import com.servicepolicy.evaluator.quality.Finding;
import com.servicepolicy.evaluator.quality.FindingKind;
import com.servicepolicy.evaluator.quality.Findings;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The nights' data-quality findings in {@code run_data_finding_counts} and {@code run_data_findings} (V12). */
@Repository
public class JdbcDataQualityStore implements DataQualityStore {
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public JdbcDataQualityStore(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public void replace(LocalDate runDate, Findings findings) {
        transaction.executeWithoutResult(status -> replaceNow(runDate, findings));
    }

    private void replaceNow(LocalDate runDate, Findings findings) {
        jdbc.update("DELETE FROM run_data_findings WHERE run_date = ?", runDate);
        jdbc.update("DELETE FROM run_data_finding_counts WHERE run_date = ?", runDate);
        jdbc.batchUpdate("INSERT INTO run_data_finding_counts (run_date, kind, findings) VALUES (?, ?, ?)",
                List.copyOf(findings.counts().entrySet()), 100, (ps, e) -> {
                    ps.setObject(1, runDate);
                    ps.setString(2, e.getKey().name());
                    ps.setLong(3, e.getValue());
                });
        List<Object[]> rows = new ArrayList<>();
        for (FindingKind kind : FindingKind.values()) {
            List<Finding> listed = findings.listed(kind);
            for (int i = 0; i < listed.size(); i++) {
                rows.add(new Object[] {runDate, kind.name(), i, StoredText.fit(listed.get(i).subject(), 512),
                        StoredText.fit(listed.get(i).detail(), 4000)});
            }
        }
        jdbc.batchUpdate("INSERT INTO run_data_findings (run_date, kind, place, subject, detail) VALUES (?, ?, ?, ?, ?)",
                rows);
    }

    @Override
    public Findings of(LocalDate runDate, int listedPerKind) {
        Map<FindingKind, Long> counts = new EnumMap<>(FindingKind.class);
        jdbc.query("SELECT kind, findings FROM run_data_finding_counts WHERE run_date = ?",
                rs -> {
                    counts.put(FindingKind.valueOf(rs.getString(1)), rs.getLong(2));
                }, runDate);
        List<Finding> listed = jdbc.query("SELECT kind, subject, detail FROM run_data_findings WHERE run_date = ?"
                        + " AND place < ? ORDER BY run_date, kind, place",
                (rs, i) -> new Finding(FindingKind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)),
                runDate, listedPerKind);
        return new Findings(counts, listed);
    }
}
