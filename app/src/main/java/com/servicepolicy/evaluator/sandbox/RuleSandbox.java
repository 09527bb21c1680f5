package com.servicepolicy.evaluator.sandbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Compiles DRL that an author submitted (validation, a reload) where the authors' compile-time code cannot
 * reach the service: a short-lived JVM of its own, started in a scratch directory that is deleted after, with
 * a heap and metaspace limit, a CPU-time limit ({@code prlimit}), a timeout, no network (its own network
 * namespace, see {@link NetworkIsolation}) and {@link SandboxSecurity} inside. An exit, a crash or a hang of the
 * child is a failed compile, never the service's. At most {@code concurrent} children run at once.
 */
public class RuleSandbox {
    private static final Logger log = LoggerFactory.getLogger(RuleSandbox.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** util-linux's prlimit sets the child's CPU-time limit; where it is missing the timeout alone bounds it. */
    private static final boolean PRLIMIT = NetworkIsolation.works("prlimit", "--version");

    private final SandboxSettings settings;
    private final Semaphore running;
    private final NetworkIsolation network;

    public RuleSandbox(SandboxSettings settings) {
        this.settings = settings;
        this.running = new Semaphore(settings.concurrent());
        this.network = NetworkIsolation.detect();
        log.info("Rule sandbox: a JVM per compile, {} heap, {} s CPU, {} timeout, network: {}", settings.heap(),
                settings.cpuSeconds(), settings.timeout(), network.describe());
    }

    /** How the children are cut off from the network on this machine. */
    public NetworkIsolation network() {
        return network;
    }

    /** Compiles {@code drl} with the settings, which read no other file, in a child JVM. */
    public SandboxResult compile(Map<String, String> drl, String settingsFile, String settingsText) {
        return compile(drl, settingsFile, settingsText, Map.of());
    }

    /**
     * Compiles {@code drl} with the settings and the files they read ({@code resources}) in a child JVM.
     *
     * @throws SandboxBusyException when {@code concurrent} compiles are running and none ends within the timeout
     */
    public SandboxResult compile(Map<String, String> drl, String settingsFile, String settingsText,
                                 Map<String, String> resources) {
        try {
            if (!running.tryAcquire(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new SandboxBusyException(settings.concurrent());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxBusyException(settings.concurrent());
        }
        Path scratch = null;
        try {
            scratch = Files.createTempDirectory("rule-sandbox-");
            Files.writeString(scratch.resolve(SandboxInput.FILE),
                    JSON.writeValueAsString(new SandboxInput(drl, settingsFile, settingsText, resources)));
            return run(scratch);
        } catch (IOException e) {
            return SandboxResult.failed("the rule sandbox could not start: " + e.getMessage());
        } finally {
            running.release();
            deleteQuietly(scratch);
        }
    }

    private SandboxResult run(Path scratch) throws IOException {
        Process child = new ProcessBuilder(command(scratch)).directory(scratch.toFile())
                .redirectErrorStream(true).redirectOutput(scratch.resolve("child.log").toFile()).start();
        try {
            if (!child.waitFor(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                child.descendants().forEach(ProcessHandle::destroyForcibly);
                child.destroyForcibly();
                child.waitFor(5, TimeUnit.SECONDS);
                return SandboxResult.failed("the compile did not finish within " + settings.timeout().toSeconds()
                        + " s (stopped): a rule may loop or block while it compiles");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.destroyForcibly();
            return SandboxResult.failed("the compile was interrupted");
        }
        Path result = scratch.resolve(SandboxResult.FILE);
        if (child.exitValue() != 0 || !Files.exists(result)) {
            return SandboxResult.failed("the compile ended without a result (exit code " + child.exitValue()
                    + (child.exitValue() > 128 ? ", killed by signal " + (child.exitValue() - 128) : "")
                    + "): the rules' code may have stopped its JVM, or it ran out of memory or CPU time");
        }
        return JSON.readValue(Files.readString(result), SandboxResult.class);
    }

    List<String> command(Path scratch) {
        List<String> command = new ArrayList<>(network.prefix());
        if (PRLIMIT) {
            command.addAll(List.of("prlimit", "--cpu=" + settings.cpuSeconds(), "--"));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Xmx" + settings.heap().toMegabytes() + "m", "-XX:MaxMetaspaceSize=256m",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss1m",
                "-Djava.io.tmpdir=" + scratch, "-Duser.home=" + scratch, "-Djava.security.manager=allow",
                "-Dlogging.level.root=OFF", "-cp", System.getProperty("java.class.path")));
        if (launchedFromBootJar()) { // the classes are nested in the jar: its launcher finds them
            command.addAll(List.of("-Dloader.main=" + SandboxMain.class.getName(),
                    "org.springframework.boot.loader.launch.PropertiesLauncher"));
        } else {
            command.add(SandboxMain.class.getName());
        }
        command.add(scratch.toString());
        return command;
    }

    private static boolean launchedFromBootJar() {
        ClassLoader loader = RuleSandbox.class.getClassLoader();
        return loader != null && loader.getClass().getName().startsWith("org.springframework.boot.loader.");
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException | RuntimeException e) {
            log.warn("Could not delete the rule sandbox's scratch directory {}: {}", dir, e.toString());
        }
    }
}
