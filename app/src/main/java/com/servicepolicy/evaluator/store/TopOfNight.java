package com.servicepolicy.evaluator.store;

import com.servicepolicy.evaluator.night.FindingSort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The keys of a night's most pressing violations: by severity, then by how far past its threshold (the furthest
 * first, no measure last), then code and subject. PostgreSQL sorts with {@code LIMIT} keeping only the winners;
 * H2 wrote every one of the night's rows to a temporary store on disk first once they passed its in-memory limit
 * (511k violations: a tenth of the night's main thread), so on H2 the rows are streamed and the winners kept here,
 * in a heap of {@code limit}. Both order alike ({@code TopOfNightTest}).
 */
final class TopOfNight {
    private static final String FROM = " FROM violations v JOIN run_violations rv"
            + " ON v.code = rv.code AND v.subject = rv.subject WHERE rv.run_date = ?";
    private static final String RANK = FindingSort.SEVERITY.expression().replace("severity", "v.severity");
    private static final String RATIO = "CASE WHEN v.threshold > 0 THEN v.measured / v.threshold ELSE 0 END";
    static final String SORTED = "SELECT v.code, v.subject" + FROM + " ORDER BY " + RANK + ", " + RATIO
            + " DESC NULLS LAST, v.code, v.subject LIMIT ?";
    static final String STREAMED = "SELECT v.code, v.subject, " + RANK + ", " + RATIO + FROM;

    /** A row's place in the order. */
    private record Ranked(String code, String subject, int rank, Double ratio) {
    }

    private static final Comparator<Ranked> ORDER = Comparator.comparingInt(Ranked::rank)
            .thenComparing(Ranked::ratio, Comparator.nullsLast(Comparator.<Double>reverseOrder()))
            .thenComparing(Ranked::code).thenComparing(Ranked::subject);

    private TopOfNight() {
    }

    /** The keys (code, subject) of the night's first {@code limit} violations in that order. */
    static List<String[]> keys(JdbcTemplate jdbc, boolean postgres, Object night, int limit) {
        if (postgres) {
            return jdbc.query(SORTED, (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, night, limit);
        }
        PriorityQueue<Ranked> kept = new PriorityQueue<>(ORDER.reversed()); // the worst kept on top, to drop
        jdbc.query(STREAMED, rs -> {
            double value = rs.getDouble(4);
            Double ratio = rs.wasNull() ? null : value; // before any other column is read
            Ranked r = new Ranked(rs.getString(1), rs.getString(2), rs.getInt(3), ratio);
            if (kept.size() < limit) {
                kept.add(r);
            } else if (limit > 0 && ORDER.compare(r, kept.peek()) < 0) {
                kept.poll();
                kept.add(r);
            }
        }, night);
        List<Ranked> winners = new ArrayList<>(kept);
        winners.sort(ORDER);
        return winners.stream().map(r -> new String[] {r.code(), r.subject()}).toList();
    }
}
