package com.servicepolicy.evaluator.sandbox;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How a sandbox child is cut off from the network, decided once by trying: a network namespace of its own
 * ({@code unshare --net}, which needs root, as the service and CI run here), else one inside an unprivileged
 * user namespace ({@code unshare --user --map-root-user --net}, where the kernel allows them), else none, when
 * only {@link SandboxSecurity}'s refusal of sockets stands. In a namespace of its own the child has no
 * interface but a loopback that is down: nothing, not even the machine's own PostgreSQL, is reachable.
 */
public record NetworkIsolation(List<String> prefix, String describe) {
    static NetworkIsolation detect() {
        if (works("unshare", "--net", "true")) {
            return new NetworkIsolation(List.of("unshare", "--net", "--"), "own network namespace (unshare --net)");
        }
        if (works("unshare", "--user", "--map-root-user", "--net", "true")) {
            return new NetworkIsolation(List.of("unshare", "--user", "--map-root-user", "--net", "--"),
                    "own user and network namespace (unshare --user --map-root-user --net)");
        }
        return new NetworkIsolation(List.of(), "no namespace available here; sockets refused by the sandbox's"
                + " security manager only");
    }

    /** Whether the child is in a network namespace of its own. */
    public boolean isolated() {
        return !prefix.isEmpty();
    }

    static boolean works(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }
}
