package com.servicepolicy.evaluator.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;

/**
 * Refuses a production start that anyone could use or nobody could: with no credentials at all (no key, no
 * user, no OpenID Connect issuer), or with the development credentials of {@code application-dev.properties},
 * which are public. {@code evaluator.security.development-run=true} (set by the {@code dev} profile) says the
 * start is a developer's and lifts both.
 */
final class CredentialsCheck {
    static final String DEVELOPMENT_FILE = "application-dev.properties";

    private final Set<String> developmentSecrets;

    CredentialsCheck(Set<String> developmentSecrets) {
        this.developmentSecrets = Set.copyOf(developmentSecrets);
    }

    /** The keys and password hashes of {@code application-dev.properties} on the class path. */
    static CredentialsCheck fromClassPath() {
        Properties dev = new Properties();
        try (InputStream in = CredentialsCheck.class.getClassLoader().getResourceAsStream(DEVELOPMENT_FILE)) {
            if (in != null) {
                dev.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> secrets = new HashSet<>();
        dev.stringPropertyNames().stream()
                .filter(n -> n.matches("evaluator\\.security\\.(api-keys\\[\\d+]\\.key|users\\[\\d+]\\.password)"))
                .forEach(n -> secrets.add(dev.getProperty(n).strip()));
        return new CredentialsCheck(secrets);
    }

    /** Throws {@link IllegalStateException} saying why the start is refused. */
    void check(SecurityProperties p, boolean oidcConfigured) {
        if (p.developmentRun()) {
            return;
        }
        if (p.apiKeys().isEmpty() && p.users().isEmpty() && !oidcConfigured) {
            throw new IllegalStateException("no credentials are configured (evaluator.security.api-keys,"
                    + " evaluator.security.users or an OpenID Connect issuer): nobody could use this service."
                    + " On a developer's machine start with --spring.profiles.active=dev, or set"
                    + " evaluator.security.development-run=true");
        }
        p.apiKeys().stream().filter(k -> k.key() != null && developmentSecrets.contains(k.key().strip())).findFirst()
                .ifPresent(k -> refuse("API key '" + k.name() + "'"));
        p.users().stream().filter(u -> u.password() != null && developmentSecrets.contains(u.password().strip()))
                .findFirst().ifPresent(u -> refuse("user '" + u.name() + "'"));
    }

    private static void refuse(String what) {
        throw new IllegalStateException("the " + what + " uses a development credential of " + DEVELOPMENT_FILE
                + ", which is public: configure credentials of your own, or set evaluator.security.development-run=true"
                + " on a developer's machine");
    }
}
