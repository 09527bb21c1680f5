package com.servicepolicy.evaluator.store;

import com.servicepolicy.evaluator.night.SeenViolation;
import com.servicepolicy.evaluator.policy.Violation;
import com.servicepolicy.evaluator.store.sql.ViolationMerges;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes one call's violations (unique by code and subject) on one connection: first asks which of them are
 * stored already, then inserts the others with plain multi-row {@code INSERT}s and merges only the stored ones.
 * A night that sees a violation for the first time (every one of a first night or a backfill) so pays for an
 * index look-up instead of a {@code MERGE}'s join, conditions and update branches; a violation seen before is
 * merged exactly as before. The rows written are the ones the {@code MERGE} alone would write: the same values,
 * bound the same way ({@link ViolationMerges}), inserted in the same order. Single writer (the night's lock).
 */
final class ViolationWrites {
    /** Keys per look-up statement. */
    static final int KEYS = 500;

    private final Connection con;
    private final LocalDate runDate;

    ViolationWrites(Connection con, LocalDate runDate) {
        this.con = con;
        this.runDate = runDate;
    }

    void record(List<SeenViolation> rows) throws SQLException {
        Set<String> stored = stored(rows, false);
        Set<String> recorded = stored(rows, true);
        List<SeenViolation> insert = new ArrayList<>();
        List<SeenViolation> merge = new ArrayList<>();
        List<SeenViolation> insertRun = new ArrayList<>();
        List<SeenViolation> mergeRun = new ArrayList<>();
        for (SeenViolation s : rows) {
            String key = key(s.violation());
            (stored.contains(key) ? merge : insert).add(s);
            (recorded.contains(key) ? mergeRun : insertRun).add(s);
        }
        inParts(insert, ViolationMerges::insertViolations, this::bindViolation);
        inParts(merge, ViolationMerges::violations, this::bindViolation);
        inParts(insertRun, ViolationMerges::insertRunViolations, this::bindRunViolation);
        inParts(mergeRun, ViolationMerges::runViolations, this::bindRunViolation);
    }

    /** The keys of {@code rows} stored in {@code violations}, or recorded for the night in {@code run_violations}. */
    private Set<String> stored(List<SeenViolation> rows, boolean ofTheNight) throws SQLException {
        Set<String> found = new HashSet<>();
        for (int from = 0; from < rows.size(); from += KEYS) {
            List<SeenViolation> part = rows.subList(from, Math.min(rows.size(), from + KEYS));
            String sql = ofTheNight ? ViolationMerges.storedRunViolations(part.size())
                    : ViolationMerges.storedViolations(part.size());
            try (PreparedStatement ps = con.prepareStatement(sql)) {
                int i = 1;
                for (SeenViolation s : part) {
                    i = ViolationMerges.bindKey(ps, i, s.violation());
                }
                if (ofTheNight) {
                    ps.setObject(i, runDate);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.add(rs.getString(1) + '\u0000' + rs.getString(2));
                    }
                }
            }
        }
        return found;
    }

    private static String key(Violation v) {
        return v.code() + '\u0000' + v.subject();
    }

    private interface Statement {
        String of(int rows);
    }

    private interface Binder {
        int bind(PreparedStatement ps, int first, SeenViolation s) throws SQLException;
    }

    private int bindViolation(PreparedStatement ps, int first, SeenViolation s) throws SQLException {
        return ViolationMerges.bindViolation(ps, first, runDate, s.violation(), s.agentId(), s.queue());
    }

    private int bindRunViolation(PreparedStatement ps, int first, SeenViolation s) throws SQLException {
        return ViolationMerges.bindRunViolation(ps, first, runDate, s.violation());
    }

    /**
     * Runs {@code statement} over {@code rows} in order, {@link ViolationMerges#ROWS} a statement: each shape is
     * prepared once and executed for every part of its size (H2 does not cache statements and parsed a 250-row one
     * again for every part).
     */
    private void inParts(List<SeenViolation> rows, Statement statement, Binder binder) throws SQLException {
        int whole = rows.size() / ViolationMerges.ROWS * ViolationMerges.ROWS;
        if (whole > 0) {
            inParts(rows.subList(0, whole), ViolationMerges.ROWS, statement, binder);
        }
        if (whole < rows.size()) {
            inParts(rows.subList(whole, rows.size()), rows.size() - whole, statement, binder);
        }
    }

    private void inParts(List<SeenViolation> rows, int size, Statement statement, Binder binder) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement(statement.of(size))) {
            for (int from = 0; from < rows.size(); from += size) {
                int i = 1;
                for (SeenViolation s : rows.subList(from, from + size)) {
                    i = binder.bind(ps, i, s);
                }
                ps.executeUpdate();
            }
        }
    }
}
