package com.servicepolicy.evaluator.night;

/** Port: what keeps the store's planner statistics and space in shape after a night. */
public interface TableUpkeep {
    /** {@code ANALYZE} of each table named (one of the store's tables), on PostgreSQL. */
    void analyse(String... tables);

    /**
     * {@code VACUUM (ANALYZE)} of each table named where autovacuum is off, {@code ANALYZE} where it is on. A
     * night's updates and deletes (every re-seen violation, the pruned events and lists) leave dead rows that only
     * a vacuum makes reusable; without one the tables and their indexes grow night after night. Needs a
     * connection outside a transaction, as the batch's steps have.
     */
    void reclaim(String... tables);
}
