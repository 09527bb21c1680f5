package com.servicepolicy.evaluator.store;

import com.servicepolicy.evaluator.night.Origin;
import com.servicepolicy.evaluator.night.PlacedEvent;

import com.servicepolicy.evaluator.night.EventStore;

import com.servicepolicy.evaluator.event.Category;
import com.servicepolicy.evaluator.event.Channel;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.event.Priority;
import com.servicepolicy.evaluator.event.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The event store: every accepted event once, keyed by eventId, so that interactions spanning
 * several nights are evaluated with their whole history and an id seen on an earlier night is a
 * duplicate. Single writer per night (the nightly job).
 */
@Repository
public class JdbcEventStore implements EventStore {
    private static final String COLUMNS = "event_id, event_type, at_ms, customer_id, interaction_id, channel, priority,"
            + " category, topic, agent_id, reason_code, reason_text, due_at_ms, rating, status, internal, queue";
    private static final String E_COLUMNS = COLUMNS.replaceAll("(\\w+)", "e.$1");

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final boolean postgres;

    public JdbcEventStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.postgres = Postgres.is(jdbc);
    }

    /**
     * Where each of the given ids was first stored: as an event, or as an expired line of a night
     * ({@link ExpiredLines}); ids not stored are absent. Called inside the chunk's transaction; on PostgreSQL
     * by key only ({@link KeyLookUps}): both tables fill from empty within one night.
     */
    @Override
    public Map<String, Origin> origins(Collection<String> eventIds) {
        Map<String, Origin> found = new HashMap<>();
        KeyLookUps.inBatches(jdbc, postgres, new ArrayList<>(eventIds), ids -> {
            for (String table : List.of("events", "run_expired_events")) {
                named.query("SELECT event_id, run_date, source, line FROM " + table + " WHERE event_id IN (:ids)",
                        new MapSqlParameterSource("ids", ids), rs -> {
                            found.putIfAbsent(rs.getString(1), new Origin(rs.getObject(2, LocalDate.class),
                                    rs.getString(3), rs.getLong(4)));
                        });
            }
        });
        return found;
    }

    /**
     * Inserts events that are not stored yet (the caller checked with {@link #origins}), in the caller's
     * transaction: with {@code COPY} on PostgreSQL, batched INSERTs elsewhere.
     */
    @Override
    public void insert(LocalDate runDate, List<PlacedEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        if (postgres) {
            PostgresEventCopy.copy(jdbc.getDataSource(), COLUMNS + ", run_date, source, line", runDate, events);
            return;
        }
        jdbc.batchUpdate("INSERT INTO events (" + COLUMNS + ", run_date, source, line)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", events, 5_000,
                (ps, p) -> {
                    Event e = p.event();
                    ps.setString(1, e.getEventId());
                    ps.setString(2, e.getType().name());
                    ps.setLong(3, e.getAt());
                    ps.setString(4, e.getCustomerId());
                    ps.setString(5, e.getInteractionId());
                    ps.setString(6, e.getChannel() == null ? null : e.getChannel().name());
                    ps.setString(7, e.getPriority() == null ? null : e.getPriority().name());
                    ps.setString(8, e.getCategory() == null ? null : e.getCategory().name());
                    ps.setString(9, e.getTopic());
                    ps.setString(10, e.getAgentId());
                    ps.setString(11, e.getReasonCode());
                    ps.setString(12, e.getReasonText());
                    if (e.getDueAt() == null) {
                        ps.setNull(13, Types.BIGINT);
                    } else {
                        ps.setLong(13, e.getDueAt());
                    }
                    if (e.getRating() == null) {
                        ps.setNull(14, Types.INTEGER);
                    } else {
                        ps.setInt(14, e.getRating());
                    }
                    ps.setString(15, e.getStatus() == null ? null : e.getStatus().name());
                    ps.setBoolean(16, e.isInternal());
                    ps.setString(17, e.getQueue());
                    ps.setObject(18, runDate);
                    ps.setString(19, p.source());
                    ps.setLong(20, p.line());
                });
    }

    /**
     * Deletes up to {@code limit} events of one type older than {@code cutoff} (by event time), through the
     * {@code (event_type, at_ms)} index, so that each call is one bounded transaction's work.
     *
     * @return how many were deleted: fewer than {@code limit} means none of that type is left before the cutoff
     */
    @Override
    public int deleteOlderThan(EventType type, long cutoff, int limit) {
        // Ids first, then deletes by key: H2 re-ran a DELETE's IN (SELECT ... FETCH FIRST) sub-query for every row.
        List<String> ids = jdbc.queryForList("SELECT event_id FROM events WHERE event_type = ? AND at_ms < ?"
                + " FETCH FIRST ? ROWS ONLY", String.class, type.name(), cutoff, limit);
        jdbc.batchUpdate("DELETE FROM events WHERE event_id = ?", ids, 5_000, (ps, id) -> ps.setString(1, id));
        return ids.size();
    }

    /** Events first read on the given night. */
    @Override
    public long countFirstReadOn(LocalDate runDate) {
        return Counts.of(jdbc, "SELECT COUNT(*) FROM events WHERE run_date = ?", runDate);
    }

    /**
     * Events in [from, to] of the night's chosen customers after {@code afterCustomerId} up to and
     * including {@code lastCustomerId}, in timeline order per customer (customer, time, then where
     * first read); the sequence is the position in that order, so that ties at one instant break the
     * same way on every run and database. One query joining {@code run_customers} (a key range) to the
     * events' customer index: an {@code IN} list of bound ids made H2 compare every row of the index
     * with every id. Sorted here, not by the database: a chunk is small, and H2 spilled the sort of
     * large chunks to a temporary file.
     */
    @Override
    public List<Event> eventsOfChosen(LocalDate runDate, String afterCustomerId, String lastCustomerId, long from,
                                      long to) {
        List<Row> rows = new ArrayList<>();
        named.query("SELECT " + E_COLUMNS + ", e.run_date, e.source, e.line FROM run_customers rc"
                        + " JOIN events e ON e.customer_id = rc.customer_id"
                        + " WHERE rc.run_date = :date AND rc.customer_id > :after AND rc.customer_id <= :last"
                        + " AND e.at_ms >= :from AND e.at_ms <= :to",
                new MapSqlParameterSource("date", runDate).addValue("after", afterCustomerId)
                        .addValue("last", lastCustomerId).addValue("from", from).addValue("to", to),
                rs -> {
                    rows.add(new Row(toEvent(rs), rs.getString(4), rs.getLong(3), rs.getObject(18, LocalDate.class),
                            rs.getString(19), rs.getLong(20)));
                });
        rows.sort(TIMELINE);
        List<Event> events = new ArrayList<>(rows.size());
        for (Row r : rows) {
            events.add(r.event().sequence(events.size()).build());
        }
        return events;
    }

    /** One customer's events in [from, to], in timeline order (the customer index's prefix serves it). */
    @Override
    public List<Event> eventsOfCustomer(String customerId, long from, long to) {
        List<Row> rows = new ArrayList<>();
        named.query("SELECT " + E_COLUMNS + ", e.run_date, e.source, e.line FROM events e"
                        + " WHERE e.customer_id = :customer AND e.at_ms >= :from AND e.at_ms <= :to",
                new MapSqlParameterSource("customer", customerId).addValue("from", from).addValue("to", to),
                rs -> {
                    rows.add(new Row(toEvent(rs), rs.getString(4), rs.getLong(3), rs.getObject(18, LocalDate.class),
                            rs.getString(19), rs.getLong(20)));
                });
        rows.sort(TIMELINE);
        List<Event> events = new ArrayList<>(rows.size());
        for (Row r : rows) {
            events.add(r.event().sequence(events.size()).build());
        }
        return events;
    }

    private record Row(Event.Builder event, String customerId, long at, LocalDate runDate, String source, long line) {
    }

    private static final Comparator<Row> TIMELINE = Comparator.comparing(Row::customerId)
            .thenComparingLong(Row::at).thenComparing(Row::runDate).thenComparing(Row::source)
            .thenComparingLong(Row::line);

    private static Event.Builder toEvent(ResultSet rs) throws SQLException {
        long dueAt = rs.getLong(13);
        Long due = rs.wasNull() ? null : dueAt;
        int rating = rs.getInt(14);
        Integer rate = rs.wasNull() ? null : rating;
        return Event.builder()
                .eventId(rs.getString(1))
                .type(EventType.valueOf(rs.getString(2)))
                .atMillis(rs.getLong(3))
                .customerId(rs.getString(4))
                .interactionId(rs.getString(5))
                .channel(rs.getString(6) == null ? null : Channel.valueOf(rs.getString(6)))
                .priority(rs.getString(7) == null ? null : Priority.valueOf(rs.getString(7)))
                .category(rs.getString(8) == null ? null : Category.valueOf(rs.getString(8)))
                .topic(rs.getString(9))
                .agentId(rs.getString(10))
                .reasonCode(rs.getString(11))
                .reasonText(rs.getString(12))
                .dueAt(due == null ? null : java.time.Instant.ofEpochMilli(due))
                .rating(rate)
                .status(rs.getString(15) == null ? null : Status.valueOf(rs.getString(15)))
                .internal(rs.getBoolean(16))
                .queue(rs.getString(17));
    }
}
