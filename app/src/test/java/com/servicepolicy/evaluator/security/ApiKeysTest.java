package com.servicepolicy.evaluator.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

class ApiKeysTest {
    @Test
    void findsTheCallerOfAConfiguredKeyOnly() {
        ApiKeys keys = new ApiKeys(List.of(new SecurityProperties.ApiKey("app", "0123456789abcdef", Set.of("evaluate"))));
        assertThat(keys.find("0123456789abcdef")).get().extracting(ApiKeys.Caller::name).isEqualTo("app");
        assertThat(keys.find("0123456789abcdeF")).isEmpty();
    }

    @Test
    void refusesShortKeysUnknownRolesAndRepeatedKeys() {
        assertThatThrownBy(() -> new ApiKeys(List.of(new SecurityProperties.ApiKey("a", "short", Set.of("evaluate")))))
                .hasMessageContaining("16 characters");
        assertThatThrownBy(() -> new ApiKeys(List.of(new SecurityProperties.ApiKey("a", "0123456789abcdef", Set.of("root")))))
                .hasMessageContaining("unknown role 'root'");
        var k = new SecurityProperties.ApiKey("a", "0123456789abcdef", Set.of("admin"));
        assertThatThrownBy(() -> new ApiKeys(List.of(k, k))).hasMessageContaining("twice");
    }
}
