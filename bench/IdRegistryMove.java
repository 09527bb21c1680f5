import com.servicepolicy.evaluator.ingest.EventIdRegistry;
import com.servicepolicy.evaluator.spill.DiskEventIdRegistry;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How long the duplicate registry takes to move from the heap to disk and to go on there: HOLD ids in memory, then
 * (as a spilling command line does) every one of them moved into the disk registry, then the rest up to TOTAL.
 * Prints the time at every 5M ids and at the move.
 * Usage: java -Xmx8g -cp core/target/service-policy-evaluator-core-0.1.0-SNAPSHOT.jar bench/IdRegistryMove.java \
 *            [HOLD=18500000] [TOTAL=26000000] [DIR=/tmp]
 */
public class IdRegistryMove {
    public static void main(String[] args) throws Exception {
        long hold = args.length > 0 ? Long.parseLong(args[0]) : 18_500_000;
        long total = args.length > 1 ? Long.parseLong(args[1]) : 26_000_000;
        Path dir = Files.createTempDirectory(Path.of(args.length > 2 ? args[2] : "/tmp"), "ids");
        EventIdRegistry ids = EventIdRegistry.inMemoryUpTo(hold, () -> new DiskEventIdRegistry(dir, 2 * hold));
        long started = System.nanoTime();
        long last = started;
        for (long i = 1; i <= total; i++) {
            ids.add("E" + i, "events.jsonl", i);
            if (i == hold + 1 || i % 5_000_000 == 0 || i == total) {
                long now = System.nanoTime();
                System.out.printf("%,d ids at %.1f s (+%.1f s)%s%n", i, (now - started) / 1e9, (now - last) / 1e9,
                        i == hold + 1 ? ", moved to disk" : "");
                last = now;
            }
        }
    }
}
