package com.servicepolicy.evaluator.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The roles of a person signed in with OpenID Connect: the service's roles named in the ID token's
 * {@code evaluator.security.oidc.roles-claim} (a list or a space-separated string), plus the configured
 * default roles. Other values of the claim are ignored: the issuer may carry roles of other applications.
 */
final class OidcRoles implements GrantedAuthoritiesMapper {
    private final SecurityProperties.Oidc settings;

    OidcRoles(SecurityProperties.Oidc settings) {
        this.settings = settings;
        Roles.checked(settings.defaultRoles(), "evaluator.security.oidc.default-roles", "OpenID Connect users");
    }

    @Override
    public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
        Set<String> roles = new LinkedHashSet<>(settings.defaultRoles());
        for (GrantedAuthority a : authorities) {
            if (a instanceof OidcUserAuthority oidc) {
                Object claim = oidc.getIdToken().getClaims().get(settings.rolesClaim());
                if (claim instanceof Collection<?> values) {
                    values.forEach(v -> roles.add(String.valueOf(v)));
                } else if (claim instanceof String text) {
                    roles.addAll(java.util.List.of(text.split("\\s+")));
                }
            }
        }
        roles.retainAll(Roles.KNOWN);
        return roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
    }
}
