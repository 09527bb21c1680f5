package com.servicepolicy.evaluator.store;

import com.servicepolicy.evaluator.night.RunStatus;

import com.servicepolicy.evaluator.night.CustomerChoice;
import com.servicepolicy.evaluator.night.RunCustomerStore;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;

/**
 * The customers a night evaluates, kept in the database so that neither their number nor the log
 * size bounds memory, and read back in customer-id order from a restart point; beside them, every customer with
 * interactions opened in the fairness window, with FAIR-003's counts ({@code to_evaluate} false if not evaluated).
 */
@Repository
public class JdbcRunCustomerStore implements RunCustomerStore {
    private static final String COPY = "COPY run_customers (run_date, customer_id, to_evaluate, opened, refused)"
            + " FROM STDIN (FORMAT binary)";

    private final NamedParameterJdbcTemplate named;
    private final boolean postgres;

    public JdbcRunCustomerStore(NamedParameterJdbcTemplate named) {
        this.named = named;
        this.postgres = Postgres.is(named.getJdbcTemplate());
    }

    @Override
    public void forgetAfter(LocalDate runDate, String afterCustomerId) {
        named.update("DELETE FROM run_customers WHERE run_date = :date AND customer_id > :after",
                new MapSqlParameterSource("date", runDate).addValue("after", afterCustomerId));
    }

    /**
     * On PostgreSQL by binary {@code COPY} ({@link PostgresBinaryCopy}): the batched INSERTs of a 468k-customer
     * night took 2.1 s of the server's time, parsing and binding each batch.
     */
    @Override
    public void add(LocalDate runDate, List<CustomerChoice> choices) {
        if (postgres) {
            byte[] rows = PostgresBinaryCopy.stream(out -> {
                for (CustomerChoice c : choices) {
                    out.writeShort(5);
                    PostgresBinaryCopy.date(out, runDate);
                    PostgresBinaryCopy.text(out, c.customerId());
                    out.writeInt(1);
                    out.writeBoolean(c.evaluate());
                    out.writeInt(Long.BYTES);
                    out.writeLong(c.opened());
                    out.writeInt(Long.BYTES);
                    out.writeLong(c.refused());
                }
            });
            named.getJdbcTemplate().execute((ConnectionCallback<Void>) con -> {
                PostgresBinaryCopy.send(con, COPY, rows);
                return null;
            });
            return;
        }
        named.getJdbcTemplate().batchUpdate("INSERT INTO run_customers (run_date, customer_id, to_evaluate, opened,"
                + " refused) VALUES (?, ?, ?, ?, ?)", choices, 1_000, (ps, c) -> {
                    ps.setObject(1, runDate);
                    ps.setString(2, c.customerId());
                    ps.setBoolean(3, c.evaluate());
                    ps.setLong(4, c.opened());
                    ps.setLong(5, c.refused());
                });
    }

    /**
     * Ordered by the whole key, run_date first. Ordered by customer_id alone, H2 did not see that the primary key
     * already gives that order, and sorted every remaining customer for each chunk (quadratic: 16 s per 30 chunks
     * at 467k customers, against 0.01 s).
     */
    static final String NEXT_CHUNK = "SELECT customer_id FROM run_customers WHERE run_date = :date"
            + " AND customer_id > :after AND to_evaluate = TRUE ORDER BY run_date, customer_id LIMIT :limit";

    /** The next customers after {@code afterCustomerId} (empty string: from the start), in id order. */
    @Override
    public List<String> next(LocalDate runDate, String afterCustomerId, int limit) {
        return named.queryForList(NEXT_CHUNK,
                new MapSqlParameterSource("date", runDate).addValue("after", afterCustomerId).addValue("limit", limit),
                String.class);
    }

    /**
     * Forgets the customer lists of completed nights before {@code runDate}: a list only serves its night's
     * evaluate step and that step's restarts, and a rerun of a completed night chooses again. A night that
     * failed or was killed keeps its list, since its restart resumes evaluate from it. Without this the table
     * grows by a night's chosen customers every night.
     *
     * @return how many rows were deleted
     */
    @Override
    public int forgetCompletedNightsBefore(LocalDate runDate) {
        return named.update("DELETE FROM run_customers WHERE run_date < :date AND run_date IN"
                        + " (SELECT run_date FROM nightly_runs WHERE status = :completed)",
                new MapSqlParameterSource("date", runDate).addValue("completed", RunStatus.COMPLETED.name()));
    }
}
