import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Open-loop load at a fixed rate (unlike wrk, which waits for answers and so hides queueing):
 * each request is sent at its scheduled time and its latency counted from that time.
 * The first WARMUP_S seconds run at the same rate but are not counted: the client's own JIT
 * compilation otherwise shows up as server latency.
 * Usage: java bench/RateBench.java URL BODY_FILE API_KEY RATE_PER_S SECONDS [WARMUP_S]
 */
public class RateBench {
    public static void main(String[] a) throws Exception {
        URI uri = URI.create(a[0]);
        byte[] body = Files.readAllBytes(Path.of(a[1]));
        String key = a[2];
        int rate = Integer.parseInt(a[3]);
        int seconds = Integer.parseInt(a[4]);
        int warmup = a.length > 5 ? Integer.parseInt(a[5]) : 0;
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        if (warmup > 0) {
            run(client, uri, body, key, rate, warmup);
        }
        Result r = run(client, uri, body, key, rate, seconds);
        long[] latencies = r.latencies();
        int total = latencies.length;
        Arrays.sort(latencies);
        System.out.printf("rate=%d/s requests=%d in %.1fs (after %ds warm-up) errors=%d p50=%.2fms p90=%.2fms p99=%.2fms p99.9=%.2fms max=%.2fms%n",
                rate, total, r.seconds(), warmup, r.errors(), ms(latencies, 0.50), ms(latencies, 0.90), ms(latencies, 0.99),
                ms(latencies, 0.999), latencies[total - 1] / 1e6);
    }

    record Result(long[] latencies, long errors, double seconds) {
    }

    private static Result run(HttpClient client, URI uri, byte[] body, String key, int rate, int seconds) {
        int total = rate * seconds;
        long[] latencies = new long[total];
        AtomicLong errors = new AtomicLong();
        CompletableFuture<?>[] all = new CompletableFuture<?>[total];
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime() + 200_000_000L;
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            int n = i;
            HttpRequest req = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json").header("X-API-Key", key)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            all[i] = client.sendAsync(req, HttpResponse.BodyHandlers.discarding()).handle((r, e) -> {
                latencies[n] = System.nanoTime() - due;
                if (e != null || r.statusCode() != 200) {
                    errors.incrementAndGet();
                }
                return null;
            });
        }
        CompletableFuture.allOf(all).join();
        return new Result(latencies, errors.get(), (System.nanoTime() - start) / 1e9);
    }

    private static double ms(long[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))] / 1e6;
    }
}
