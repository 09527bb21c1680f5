import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Runs resp.sql in an in-memory DuckDB over one events file and prints each code's count and the time taken
 * (read and query together, as the query needs both). Started by bench/duckdb/resp.sh with DuckDB's JDBC jar.
 */
public class DuckDbReference {
    public static void main(String[] args) throws Exception {
        String events = Path.of(args[0]).toAbsolutePath().toString().replace("'", "''");
        String script = Files.readString(Path.of(args[1])).replace("${EVENTS}", events);
        long start = System.nanoTime();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = db.createStatement()) {
            String[] statements = script.replaceAll("(?m)^--.*$", "").split(";\\s*\\n");
            for (int i = 0; i < statements.length - 1; i++) {
                if (!statements[i].isBlank()) {
                    sql.execute(statements[i]);
                }
            }
            try (ResultSet counts = sql.executeQuery(statements[statements.length - 1])) {
                while (counts.next()) {
                    System.out.println(counts.getString(1) + " " + counts.getLong(2));
                }
            }
        }
        System.out.printf("duckdb_ms=%d%n", (System.nanoTime() - start) / 1_000_000);
    }
}
