package com.servicepolicy.evaluator.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;
import java.util.Set;

/**
 * {@code evaluator.security.api-keys[n].{name,key,roles}}: the credentials the service accepts, as
 * an {@code X-API-Key} header or an {@code Authorization: Bearer} token. Roles: evaluate, author,
 * auditor, admin (admin includes the others).
 */
@ConfigurationProperties("evaluator.security")
record SecurityProperties(@DefaultValue List<ApiKey> apiKeys) {

    record ApiKey(String name, String key, Set<String> roles) {
    }
}
