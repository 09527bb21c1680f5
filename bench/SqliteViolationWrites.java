import java.lang.management.ManagementFactory;
import java.sql.*;
import java.util.*;

/**
 * Issue #19 item 3: what the same violations cost SQLite, beside bench/H2ViolationWrites.java. Reads the violations of
 * a night's kept H2 file, then writes them REPS times into fresh SQLite files with the violations store's columns and
 * indexes (key (code, subject), the id as row key, first and last night, customer, agent; run_violations keyed by
 * night, code and subject): upserts in batches of 250, a commit per 1,084 rows as H2ViolationWrites does, WAL with
 * synchronous=NORMAL. The files are fresh, so every row is new and the upserts' update branches never run (as with
 * H2ViolationWrites' MERGEs). Prints the process CPU and wall seconds of each (the first warms the JIT up).
 * Usage: java -cp H2_JAR:SQLITE_JDBC_JAR:SLF4J_API_JAR bench/SqliteViolationWrites.java /path/night/db/evaluator [REPS]
 */
public class SqliteViolationWrites {
    static final String[] COLS = {"name", "policy", "severity", "customer_id", "interaction_id", "event_id", "agent_id",
            "measured", "threshold", "unit", "message", "actions", "rule_name", "service_level", "run_date", "code", "subject", "queue"};
    public static void main(String[] a) throws Exception {
        List<Object[]> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + a[0], "sa", "");
             ResultSet rs = c.createStatement().executeQuery("SELECT v.*, v.first_run_date AS run_date FROM violations v ORDER BY customer_id")) {
            while (rs.next()) { Object[] r = new Object[COLS.length]; for (int i = 0; i < r.length; i++) r[i] = rs.getObject(COLS[i]); rows.add(r); }
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int rep = 0; rep < (a.length > 1 ? Integer.parseInt(a[1]) : 1); rep++) {
            String f = System.getProperty("java.io.tmpdir") + "/sqlite-violation-writes-" + ProcessHandle.current().pid() + "-" + rep + ".db"; new java.io.File(f).delete(); new java.io.File(f + "-wal").delete();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f)) {
                Statement s = c.createStatement();
                s.execute("PRAGMA journal_mode=WAL"); s.execute("PRAGMA synchronous=NORMAL"); s.execute("PRAGMA cache_size=-262144");
                s.execute("CREATE TABLE violations (id INTEGER PRIMARY KEY, code TEXT NOT NULL, subject TEXT NOT NULL, name TEXT NOT NULL, policy TEXT NOT NULL,"
                        + " severity TEXT NOT NULL, customer_id TEXT, interaction_id TEXT, event_id TEXT, agent_id TEXT, measured REAL, threshold REAL,"
                        + " unit TEXT, message TEXT, actions TEXT, rule_name TEXT, first_run_date TEXT NOT NULL, last_run_date TEXT NOT NULL,"
                        + " service_level TEXT, queue TEXT, status TEXT NOT NULL DEFAULT 'OPEN', assignee TEXT, closed_through TEXT, returned_run_date TEXT)");
                s.execute("CREATE UNIQUE INDEX violations_key ON violations (code, subject)");
                for (String ix : new String[] {"first_run_date", "customer_id", "last_run_date", "agent_id"}) s.execute("CREATE INDEX v_" + ix + " ON violations (" + ix + ")");
                s.execute("CREATE TABLE run_violations (run_date TEXT NOT NULL, code TEXT NOT NULL, subject TEXT NOT NULL, severity TEXT, policy TEXT, PRIMARY KEY (run_date, code, subject)) WITHOUT ROWID");
                c.setAutoCommit(false);
                long cpu = os.getProcessCpuTime(), wall = System.nanoTime();
                PreparedStatement v = c.prepareStatement("INSERT INTO violations (name, policy, severity, customer_id, interaction_id, event_id, agent_id,"
                        + " measured, threshold, unit, message, actions, rule_name, service_level, first_run_date, code, subject, queue, last_run_date)"
                        + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (code, subject) DO UPDATE SET"
                        + " last_run_date = CASE WHEN last_run_date < excluded.last_run_date THEN excluded.last_run_date ELSE last_run_date END,"
                        + " message = excluded.message, measured = excluded.measured");
                PreparedStatement r = c.prepareStatement("INSERT INTO run_violations (run_date, code, subject, severity, policy) VALUES (?,?,?,?,?)"
                        + " ON CONFLICT DO UPDATE SET severity = excluded.severity, policy = excluded.policy");
                int n = 0;
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) v.setObject(i + 1, row[i] == null ? null : row[i] instanceof java.sql.Date || row[i] instanceof java.time.LocalDate ? row[i].toString() : row[i]);
                    v.setString(19, row[14].toString());
                    v.addBatch();
                    r.setString(1, row[14].toString()); r.setString(2, (String) row[15]); r.setString(3, (String) row[16]); r.setString(4, (String) row[2]); r.setString(5, (String) row[1]);
                    r.addBatch();
                    if (++n % 250 == 0) { v.executeBatch(); r.executeBatch(); }
                    if (n % 1084 == 0) c.commit();
                }
                v.executeBatch(); r.executeBatch(); c.commit();
                System.out.printf("sqlite rows=%d cpu=%.2f wall=%.2f%n", n, (os.getProcessCpuTime() - cpu) / 1e9, (System.nanoTime() - wall) / 1e9);
            }
        }
    }
}
