package com.servicepolicy.evaluator.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A person signed in with OpenID Connect gets the service's roles named in the token's claim, plus the defaults. */
class OidcRolesTest {

    private static List<String> roles(SecurityProperties.Oidc settings, Map<String, Object> claims) {
        var token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60),
                new java.util.HashMap<>(Map.of("sub", "ann")) {{ putAll(claims); }});
        return new OidcRoles(settings).mapAuthorities(List.of(new OidcUserAuthority(token))).stream()
                .map(GrantedAuthority::getAuthority).sorted().toList();
    }

    @Test
    void knownRolesOfTheClaimAndTheDefaults() {
        var settings = new SecurityProperties.Oidc("groups", Set.of("auditor"));
        assertThat(roles(settings, Map.of("groups", List.of("author", "payroll-admins"))))
                .containsExactly("ROLE_auditor", "ROLE_author");
        assertThat(roles(settings, Map.of("groups", "admin other"))).containsExactly("ROLE_admin", "ROLE_auditor");
        assertThat(roles(new SecurityProperties.Oidc("roles", Set.of()), Map.of())).isEmpty();
    }

    @Test
    void anUnknownDefaultRoleStopsTheStart() {
        assertThatThrownBy(() -> new OidcRoles(new SecurityProperties.Oidc("roles", Set.of("boss"))))
                .hasMessageContaining("unknown role 'boss'");
    }
}
