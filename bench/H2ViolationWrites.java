import com.servicepolicy.evaluator.store.sql.ViolationMerges;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Issue #19 item 3: what writing a night's violations costs H2 by itself, outside any night. Reads the violations of
 * a night's H2 file (kept from a run), then writes them into fresh H2 files with the store's schema, the way the
 * batch does (the 250-row MERGEs of ViolationMerges into violations and run_violations, a commit per ~1,084 rows as a
 * chunk of 1,000 customers commits) or as plain batched INSERTs, REPS times each (the first warms the JIT up), and
 * prints the process CPU and wall seconds of each. EXTRA_SQL (';'-separated) runs after the schema, e.g. DROP INDEXes.
 * Usage (after mvn -q -DskipTests install; H2 from ~/.m2):
 *   java -cp ~/.m2/repository/com/h2database/h2/2.4.240/h2-2.4.240.jar:store-sql/target/classes:core/target/classes \
 *     bench/H2ViolationWrites.java /path/night/db/evaluator merge|insert [REPS] [EXTRA_SQL]
 */
public class H2ViolationWrites {
    private static final String TMP = System.getProperty("java.io.tmpdir");
    private static final String SCHEMA = TMP + "/h2-violation-writes-schema.sql";
    /** The values a MERGE binds per violation, in its order ("run_date" is the night). */
    private static final List<String> COLUMNS = Arrays.stream(ViolationMerges.stagingColumns().split(", "))
            .map(c -> c.split(" ")[0]).toList();
    private static final List<String> RUN_COLUMNS = List.of("run_date", "code", "subject", "severity", "policy");
    private static final int[] RUN_VALUES = RUN_COLUMNS.stream().mapToInt(COLUMNS::indexOf).toArray();
    private static final int NIGHT = COLUMNS.indexOf("run_date");
    private static final int ROWS = ViolationMerges.ROWS;
    private static final int COMMIT_EVERY = 1_084; // about the violations of a chunk of 1,000 customers

    public static void main(String[] args) throws Exception {
        String night = args[0];
        boolean merge = args[1].equals("merge");
        int reps = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        String extraSql = args.length > 3 ? args[3] : null;
        List<Object[]> violations = read(night);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int rep = 0; rep < reps; rep++) {
            String fresh = TMP + "/h2-violation-writes-" + ProcessHandle.current().pid() + "-" + rep;
            try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + fresh + ";CACHE_SIZE=262144", "sa", "")) {
                execute(c, "RUNSCRIPT FROM '" + SCHEMA + "'");
                for (String sql : extraSql == null ? new String[0] : extraSql.split(";")) {
                    execute(c, sql);
                }
                c.setAutoCommit(false);
                long cpu = os.getProcessCpuTime();
                long wall = System.nanoTime();
                int written = write(c, violations, merge);
                System.out.printf("%s rows=%d cpu=%.2f wall=%.2f%n", args[1], written,
                        (os.getProcessCpuTime() - cpu) / 1e9, (System.nanoTime() - wall) / 1e9);
            }
        }
    }

    /** Each violation's values in {@link #COLUMNS}' order, the night being its first; and the schema, to SCHEMA. */
    private static List<Object[]> read(String night) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + night, "sa", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT v.*, v.first_run_date AS run_date FROM violations v ORDER BY customer_id")) {
            while (rs.next()) {
                Object[] row = new Object[COLUMNS.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = rs.getObject(COLUMNS.get(i));
                }
                rows.add(row);
            }
            execute(c, "SCRIPT NODATA TO '" + SCHEMA + "'");
        }
        return rows;
    }

    /** Writes the whole statements' worth of {@code rows} (a multiple of ROWS), committing as a night does. */
    private static int write(Connection c, List<Object[]> rows, boolean merge) throws SQLException {
        List<String> violationColumns = new ArrayList<>(COLUMNS);
        violationColumns.remove("run_date");
        String insert = "INSERT INTO violations (" + String.join(", ", violationColumns)
                + ", first_run_date, last_run_date) VALUES (" + marks(violationColumns.size() + 2) + ")";
        String insertRun = "INSERT INTO run_violations (" + String.join(", ", RUN_COLUMNS) + ") VALUES ("
                + marks(RUN_COLUMNS.size()) + ")";
        int whole = rows.size() / ROWS * ROWS;
        try (PreparedStatement violations = c.prepareStatement(merge ? ViolationMerges.violations(ROWS) : insert);
             PreparedStatement runs = c.prepareStatement(merge ? ViolationMerges.runViolations(ROWS) : insertRun)) {
            int uncommitted = 0;
            for (int from = 0; from < whole; from += ROWS) {
                List<Object[]> part = rows.subList(from, from + ROWS);
                if (merge) {
                    mergePart(part, violations, runs);
                } else {
                    insertPart(part, violations, runs);
                }
                uncommitted += ROWS;
                if (uncommitted >= COMMIT_EVERY) {
                    c.commit();
                    uncommitted = 0;
                }
            }
            c.commit();
        }
        return whole;
    }

    /** One MERGE per table over the part's rows, bound as ViolationMerges binds them. */
    private static void mergePart(List<Object[]> part, PreparedStatement violations, PreparedStatement runs)
            throws SQLException {
        int v = 1;
        int r = 1;
        for (Object[] row : part) {
            for (Object value : row) {
                violations.setObject(v++, value);
            }
            for (int index : RUN_VALUES) {
                runs.setObject(r++, row[index]);
            }
        }
        violations.executeUpdate();
        runs.executeUpdate();
    }

    /** The part's rows as one batch of INSERTs per table, the night as first and last. */
    private static void insertPart(List<Object[]> part, PreparedStatement violations, PreparedStatement runs)
            throws SQLException {
        for (Object[] row : part) {
            int v = 1;
            for (int i = 0; i < row.length; i++) {
                if (i != NIGHT) {
                    violations.setObject(v++, row[i]);
                }
            }
            violations.setObject(v++, row[NIGHT]);
            violations.setObject(v, row[NIGHT]);
            violations.addBatch();
            int r = 1;
            for (int index : RUN_VALUES) {
                runs.setObject(r++, row[index]);
            }
            runs.addBatch();
        }
        violations.executeBatch();
        runs.executeBatch();
    }

    private static String marks(int count) {
        return Arrays.stream(new String[count]).map(x -> "?").collect(Collectors.joining(", "));
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
