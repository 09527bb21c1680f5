package com.servicepolicy.evaluator.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The configured credentials, held only as SHA-256 digests: a lookup compares digests, so the time
 * it takes says nothing about how much of a key was right, and no key stays in memory as text.
 */
final class ApiKeys {
    /** Who a credential belongs to and what they may do. */
    record Caller(String name, Set<String> roles) {
    }

    private final Map<String, Caller> byDigest = new HashMap<>();

    ApiKeys(List<SecurityProperties.ApiKey> keys) {
        for (SecurityProperties.ApiKey k : keys) {
            if (k.key() == null || k.key().length() < 16) {
                throw new IllegalArgumentException("evaluator.security.api-keys: the key of '" + k.name()
                        + "' must have at least 16 characters");
            }
            Set<String> roles = Roles.checked(k.roles(), "evaluator.security.api-keys", k.name());
            if (byDigest.put(digest(k.key()), new Caller(k.name() == null ? "key" : k.name(), roles)) != null) {
                throw new IllegalArgumentException("evaluator.security.api-keys: the same key is configured twice");
            }
        }
    }

    Optional<Caller> find(String presented) {
        return Optional.ofNullable(byDigest.get(digest(presented)));
    }

    private static String digest(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
