package com.servicepolicy.evaluator.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;
import java.util.Set;

/**
 * {@code evaluator.security.*}: who may use the service.
 * <ul>
 *   <li>{@code api-keys[n].{name,key,roles}}: machines, by an {@code X-API-Key} header or an
 *       {@code Authorization: Bearer} token;</li>
 *   <li>{@code users[n].{name,password,roles}}: people, signing in with a browser; the password is a hash in
 *       Spring Security's {@code {id}hash} form, e.g. {@code {bcrypt}$2a$10$...} (see {@code hash-password});</li>
 *   <li>{@code oidc.{roles-claim,default-roles}}: the roles of people who sign in with OpenID Connect, when an
 *       issuer is configured under {@code spring.security.oauth2.client.*};</li>
 *   <li>{@code development-run}: a developer's machine; only then may the service start with no credentials or
 *       with the development ones of {@code application-dev.properties}.</li>
 * </ul>
 * Roles: evaluate, author, auditor, admin (admin includes the others).
 */
@ConfigurationProperties("evaluator.security")
record SecurityProperties(@DefaultValue List<ApiKey> apiKeys, @DefaultValue List<User> users,
                          @DefaultValue Oidc oidc, @DefaultValue("false") boolean developmentRun) {

    record ApiKey(String name, String key, Set<String> roles) {
    }

    record User(String name, String password, Set<String> roles) {
    }

    /** Roles of OIDC users: the known roles listed in {@code rolesClaim}, plus {@code defaultRoles}. */
    record Oidc(@DefaultValue("roles") String rolesClaim, @DefaultValue Set<String> defaultRoles) {
    }
}
