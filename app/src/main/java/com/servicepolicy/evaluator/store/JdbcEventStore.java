package com.servicepolicy.evaluator.store;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.night.CustomerHistory;
import com.servicepolicy.evaluator.night.EventStore;
import com.servicepolicy.evaluator.night.Origin;
import com.servicepolicy.evaluator.night.PlacedEvent;
import com.servicepolicy.evaluator.night.StoredHistory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The event store as customers' histories ({@code event_histories}, {@link HistoryRows}): each chunk of a night's
 * lines becomes one row per customer, so a night writes O(customers) rows with two small index entries each,
 * instead of a row per event with its key and three indexes. Duplicates are the id registry's business (loaded
 * from {@link #forEachId}), so no row needs an event's key. Single writer per night (the nightly job).
 */
@Repository
public class JdbcEventStore implements EventStore {
    private static final String INSERT = "INSERT INTO event_histories (customer_id, run_date, source, first_line,"
            + " first_at_ms, last_at_ms, event_count, events, event_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int FETCH = 1_000;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final boolean postgres;

    public JdbcEventStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.postgres = Postgres.is(jdbc);
    }

    /** A chunk's rows: on PostgreSQL with {@code COPY} ({@link PostgresHistoryCopy}), elsewhere batched INSERTs. */
    @Override
    public void insert(LocalDate runDate, List<PlacedEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        List<HistoryRows.Row> rows = HistoryRows.of(events);
        if (postgres) {
            jdbc.execute((ConnectionCallback<Void>) con -> {
                PostgresHistoryCopy.copy(con, runDate, rows);
                return null;
            });
        } else {
            insertRows(jdbc, runDate, rows);
        }
    }

    static void insertRows(JdbcTemplate jdbc, LocalDate runDate, List<HistoryRows.Row> rows) {
        jdbc.batchUpdate(INSERT, rows, 1_000, (ps, r) -> {
            ps.setString(1, r.customerId());
            ps.setObject(2, runDate);
            ps.setString(3, r.source());
            ps.setLong(4, r.firstLine());
            ps.setLong(5, r.firstAt());
            ps.setLong(6, r.lastAt());
            ps.setInt(7, r.count());
            ps.setBytes(8, r.events());
            ps.setBytes(9, r.ids());
        });
    }

    @Override
    public void forEachId(BiConsumer<String, Origin> visitor) {
        streaming().query("SELECT run_date, source, event_ids FROM event_histories", rs -> {
            LocalDate night = rs.getObject(1, LocalDate.class);
            String source = rs.getString(2);
            for (HistoryRows.IdLine l : HistoryRows.readIds(rs.getBytes(3))) {
                visitor.accept(l.eventId(), new Origin(night, source, l.line()));
            }
        });
    }

    @Override
    public long count() {
        Long n = jdbc.queryForObject("SELECT COALESCE(SUM(event_count), 0) FROM event_histories", Long.class);
        return n == null ? 0 : n;
    }

    @Override
    public long deleteOlderThan(long cutoff) {
        Long whole = jdbc.queryForObject("SELECT COALESCE(SUM(event_count), 0) FROM event_histories"
                + " WHERE last_at_ms < ?", Long.class, cutoff);
        jdbc.update("DELETE FROM event_histories WHERE last_at_ms < ?", cutoff);
        List<Straddling> straddling = new ArrayList<>();
        jdbc.query("SELECT customer_id, run_date, source, first_line, events FROM event_histories"
                + " WHERE first_at_ms < ? AND last_at_ms >= ?", rs -> {
                    straddling.add(new Straddling(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                            rs.getLong(4), HistoryRows.read(rs.getBytes(5))));
                }, cutoff, cutoff);
        long deleted = whole == null ? 0 : whole;
        for (Straddling s : straddling) {
            List<HistoryRows.Line> kept = s.lines().stream().filter(l -> l.event().getAt() >= cutoff).toList();
            deleted += s.lines().size() - kept.size();
            jdbc.update("DELETE FROM event_histories WHERE customer_id = ? AND run_date = ? AND source = ?"
                    + " AND first_line = ? AND first_at_ms < ?", s.customerId(), s.night(), s.source(), s.firstLine(),
                    cutoff);
            insertRows(jdbc, s.night(), HistoryRows.ofStored(s.customerId(), s.source(), kept));
        }
        return deleted;
    }

    private record Straddling(String customerId, LocalDate night, String source, long firstLine,
                              List<HistoryRows.Line> lines) {
    }

    /** Answered from the index on (run_date, event_count) alone (V14): the rows and their events are not read. */
    static final String COUNT_FIRST_READ_ON = "SELECT COALESCE(SUM(event_count), 0) FROM event_histories"
            + " WHERE run_date = ?";

    @Override
    public long countFirstReadOn(LocalDate runDate) {
        return Counts.of(jdbc, COUNT_FIRST_READ_ON, runDate);
    }

    /**
     * Keyset pages over the customer index: a page that fills up may have cut its last customer's rows, so that
     * customer is left to the next page; a customer with more rows than a page is read alone.
     */
    static final String PAGE = "SELECT customer_id, run_date, source, events FROM event_histories WHERE customer_id > ?"
            + " ORDER BY customer_id FETCH FIRST ? ROWS ONLY";

    @Override
    public List<CustomerHistory> histories(String afterCustomerId, int maxRows) {
        return storedHistories(afterCustomerId, maxRows).stream().map(h -> ((StoredRows) h).history()).toList();
    }

    @Override
    public List<StoredHistory> storedHistories(String afterCustomerId, int maxRows) {
        List<StoredHistory> histories = new ArrayList<>();
        List<StoredRows.Row> rows = null;
        String customer = null;
        for (StoredRow r : wholeCustomers(afterCustomerId, maxRows)) {
            if (!r.customerId().equals(customer)) {
                customer = r.customerId();
                rows = new ArrayList<>();
                histories.add(new StoredRows(customer, rows));
            }
            rows.add(new StoredRows.Row(r.night(), r.source(), r.events()));
        }
        return histories;
    }

    /** Throws a {@link ClassCastException} for a history this store did not read. */
    @Override
    public List<Event> eventsOf(List<StoredHistory> histories, long from, long to) {
        Timeline timeline = new Timeline();
        for (StoredHistory h : histories) {
            ((StoredRows) h).addTo(timeline, from, to);
        }
        return timeline.events();
    }

    /** The rows of a page of whole customers (see {@link #PAGE}), in customer order. */
    private List<StoredRow> wholeCustomers(String afterCustomerId, int maxRows) {
        List<StoredRow> rows = new ArrayList<>(jdbc.query(PAGE, STORED_ROW, afterCustomerId, maxRows));
        if (rows.size() == maxRows) {
            String last = rows.get(rows.size() - 1).customerId();
            if (rows.get(0).customerId().equals(last)) {
                rows.clear();
                rows.addAll(jdbc.query("SELECT customer_id, run_date, source, events FROM event_histories"
                        + " WHERE customer_id = ?", STORED_ROW, last));
            } else {
                rows.removeIf(r -> r.customerId().equals(last));
            }
        }
        return rows;
    }

    private record StoredRow(String customerId, LocalDate night, String source, byte[] events) {
    }

    /** A row of {@code customer_id, run_date, source, events}. */
    private static final RowMapper<StoredRow> STORED_ROW = (rs, i) -> new StoredRow(rs.getString(1),
            rs.getObject(2, LocalDate.class), rs.getString(3), rs.getBytes(4));

    /**
     * One query joining the chunk's key range of {@code run_customers} to the histories' customer index; rows
     * wholly outside [from, to] are left out by their time columns, events by their own time. Sorted here.
     */
    @Override
    public List<Event> eventsOfChosen(LocalDate runDate, String afterCustomerId, String lastCustomerId, long from,
                                      long to) {
        Timeline timeline = new Timeline();
        named.query("SELECT h.customer_id, h.run_date, h.source, h.events FROM run_customers rc"
                        + " JOIN event_histories h ON h.customer_id = rc.customer_id"
                        + " WHERE rc.run_date = :date AND rc.to_evaluate = TRUE AND rc.customer_id > :after"
                        + " AND rc.customer_id <= :last AND h.last_at_ms >= :from AND h.first_at_ms <= :to",
                new MapSqlParameterSource("date", runDate).addValue("after", afterCustomerId)
                        .addValue("last", lastCustomerId).addValue("from", from).addValue("to", to),
                rs -> {
                    timeline.add(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getBytes(4),
                            from, to);
                });
        return timeline.events();
    }

    @Override
    public List<Event> eventsOfCustomer(String customerId, long from, long to) {
        Timeline timeline = new Timeline();
        jdbc.query("SELECT customer_id, run_date, source, events FROM event_histories WHERE customer_id = ?"
                + " AND last_at_ms >= ? AND first_at_ms <= ?", rs -> {
                    timeline.add(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getBytes(4),
                            from, to);
                }, customerId, from, to);
        return timeline.events();
    }

    private JdbcTemplate streaming() {
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(FETCH); // PostgreSQL streams only with a fetch size, inside a transaction
        return streaming;
    }
}
