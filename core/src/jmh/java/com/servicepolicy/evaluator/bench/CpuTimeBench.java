package com.servicepolicy.evaluator.bench;

import java.lang.management.ManagementFactory;

/**
 * The engine benchmark's work ({@link EngineBenchmark#drools()} on {@link BenchLog}) measured in process CPU time
 * instead of wall time: on a machine shared with other work, wall-time throughput swings by ×2 between runs
 * (JMH's error bars cover it), while the CPU a fixed amount of work takes moves much less. After a warm-up of
 * {@code warmupSeconds}, evaluates the log for at least {@code measureSeconds} of wall time and prints
 * interactions per CPU second (all threads: sessions, GC, JIT), per CPU second of the Java threads alone (the
 * engine's work, without JIT and GC) and per wall second, and the violations found per code.
 *
 * <p>Usage: {@code CpuTimeBench [groupSize=2000] [threads=1] [warmupSeconds=30] [measureSeconds=30]}, from the
 * project root (it loads {@code rules/}); {@code -Dbench.log=DIR} as for JMH.
 */
public final class CpuTimeBench {
    private CpuTimeBench() {
    }

    /**
     * CPU nanoseconds of every live Java thread by id: the engine's own work (the caller and the rule threads),
     * without the JIT's and the collector's threads, which the process's CPU time includes and which take
     * more when a core is idle.
     */
    private static java.util.Map<Long, Long> javaThreadsCpu() {
        java.lang.management.ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        java.util.Map<Long, Long> out = new java.util.HashMap<>();
        for (long id : mx.getAllThreadIds()) {
            long t = mx.getThreadCpuTime(id);
            if (t >= 0) {
                out.put(id, t);
            }
        }
        return out;
    }

    public static void main(String[] args) throws Exception {
        EngineBenchmark bench = new EngineBenchmark();
        bench.groupSize = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        bench.threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        long warmup = (args.length > 2 ? Long.parseLong(args[2]) : 30) * 1_000_000_000L;
        long measure = (args.length > 3 ? Long.parseLong(args[3]) : 30) * 1_000_000_000L;
        bench.setUp();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

        // what the run finds, per code, so that two builds measured side by side are seen to find the same
        java.util.Map<String, Long> byCode = new java.util.TreeMap<>();
        bench.drools().violations().forEach(v -> byCode.merge(v.code(), 1L, Long::sum));
        for (long end = System.nanoTime() + warmup; System.nanoTime() < end; ) {
            bench.drools();
        }
        long runs = 0;
        java.util.Map<Long, Long> threads0 = javaThreadsCpu();
        long cpu0 = os.getProcessCpuTime();
        long wall0 = System.nanoTime();
        while (System.nanoTime() - wall0 < measure) {
            bench.drools();
            runs++;
        }
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        java.util.Map<Long, Long> threads1 = javaThreadsCpu();
        double javaThreads = threads1.entrySet().stream()
                .mapToLong(e -> e.getValue() - threads0.getOrDefault(e.getKey(), 0L)).sum() / 1e9;
        double wall = (System.nanoTime() - wall0) / 1e9;
        double interactions = (double) runs * BenchLog.INTERACTIONS;
        System.out.printf("interactions_per_cpu_second=%.0f interactions_per_wall_second=%.0f runs=%d cpu_s=%.1f wall_s=%.1f"
                        + " java_threads_cpu_s=%.1f interactions_per_java_thread_cpu_second=%.0f violations=%s%n",
                interactions / cpu, interactions / wall, runs, cpu, wall, javaThreads, interactions / javaThreads, byCode);
    }
}
