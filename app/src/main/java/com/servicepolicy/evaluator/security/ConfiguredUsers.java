package com.servicepolicy.evaluator.security;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The people who may sign in, from configuration. Passwords are only ever hashes ({@code {bcrypt}...},
 * {@code {argon2}...}, any id Spring Security's delegating encoder knows): a plain password stops the start,
 * so none is ever kept in a configuration file. Unknown roles and repeated names stop it too.
 */
final class ConfiguredUsers {
    private static final Pattern HASHED = Pattern.compile("^\\{(bcrypt|argon2@SpringSecurity_v5_8|argon2|pbkdf2@SpringSecurity_v5_8|pbkdf2|scrypt@SpringSecurity_v5_8|scrypt|sha256)}.+");

    private ConfiguredUsers() {
    }

    static InMemoryUserDetailsManager of(List<SecurityProperties.User> users) {
        Set<String> names = new HashSet<>();
        InMemoryUserDetailsManager manager = new InMemoryUserDetailsManager();
        for (SecurityProperties.User u : users) {
            if (u.name() == null || u.name().isBlank()) {
                throw new IllegalArgumentException("evaluator.security.users: a user has no name");
            }
            if (!names.add(u.name())) {
                throw new IllegalArgumentException("evaluator.security.users: '" + u.name() + "' is configured twice");
            }
            if (u.password() == null || !HASHED.matcher(u.password()).matches()) {
                throw new IllegalArgumentException("evaluator.security.users: the password of '" + u.name()
                        + "' must be a hash such as {bcrypt}$2a$10$... (java -jar service-policy-evaluator.jar"
                        + " hash-password), never the password itself");
            }
            manager.createUser(details(u));
        }
        return manager;
    }

    private static UserDetails details(SecurityProperties.User u) {
        Set<String> roles = Roles.checked(u.roles(), "evaluator.security.users", u.name());
        return User.withUsername(u.name()).password(u.password())
                .authorities(roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList()).build();
    }
}
