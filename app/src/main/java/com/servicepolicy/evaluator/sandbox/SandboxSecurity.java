package com.servicepolicy.evaluator.sandbox;

import java.io.FilePermission;
import java.net.SocketPermission;
import java.nio.file.Path;
import java.security.Permission;

/**
 * The child JVM's second wall (the first is being a process of its own, in a network namespace of its own where
 * the machine allows one): while the authors' code compiles, nothing may be written, deleted or run outside the
 * scratch directory, no socket opened, no library loaded from the scratch directory, the JVM not exited, and
 * this manager not replaced. Everything else the compiler needs stays allowed. Java 17's SecurityManager is
 * deprecated for removal; {@link RuleSandbox} says which walls were up, and the process boundary is the one
 * that keeps the service safe whatever happens here.
 */
@SuppressWarnings("removal")
final class SandboxSecurity extends SecurityManager {
    private final String scratch;
    private volatile boolean exitAllowed;

    private SandboxSecurity(Path scratch) {
        this.scratch = scratch.toString();
    }

    static SandboxSecurity install(Path scratch) {
        SandboxSecurity security = new SandboxSecurity(scratch);
        System.setSecurityManager(security);
        return security;
    }

    void allowExit() {
        exitAllowed = true;
    }

    @Override
    public void checkPermission(Permission p) {
        check(p);
    }

    @Override
    public void checkPermission(Permission p, Object context) {
        check(p);
    }

    private void check(Permission p) {
        if (p instanceof FilePermission file) {
            String actions = file.getActions();
            boolean changes = actions.contains("write") || actions.contains("delete") || actions.contains("execute");
            if (changes && !inScratch(file.getName())) {
                throw new SecurityException("the rule sandbox allows no " + actions + " of " + file.getName());
            }
        } else if (p instanceof java.nio.file.LinkPermission) { // a link in the scratch directory could point anywhere
            throw new SecurityException("the rule sandbox allows no links: " + p.getName());
        } else if (p instanceof SocketPermission) {
            throw new SecurityException("the rule sandbox allows no network: " + p.getName());
        } else if (p instanceof RuntimePermission runtime) {
            String name = runtime.getName();
            if (name.startsWith("exitVM") && !exitAllowed || name.equals("setSecurityManager")
                    || name.startsWith("loadLibrary.") && name.contains(scratch)) {
                throw new SecurityException("the rule sandbox does not allow " + name);
            }
        }
    }

    private boolean inScratch(String path) {
        String normal;
        try {
            normal = Path.of(path).toAbsolutePath().normalize().toString(); // no "scratch/../elsewhere"
        } catch (RuntimeException e) {
            return false;
        }
        return normal.equals(scratch) || normal.startsWith(scratch + "/");
    }
}
