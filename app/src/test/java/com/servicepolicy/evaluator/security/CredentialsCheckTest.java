package com.servicepolicy.evaluator.security;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A production start is refused with no credentials or with the development ones; a development run is not. */
class CredentialsCheckTest {
    private static final CredentialsCheck CHECK = CredentialsCheck.fromClassPath();
    private static final SecurityProperties.Oidc OIDC = new SecurityProperties.Oidc("roles", Set.of());
    private static final SecurityProperties.ApiKey OWN_KEY = new SecurityProperties.ApiKey("app",
            "a-key-of-our-own-0123456789", Set.of("evaluate"));
    private static final SecurityProperties.ApiKey DEV_KEY = new SecurityProperties.ApiKey("dev-admin",
            "dev-admin-key-CHANGE-ME-0001", Set.of("admin"));
    private static final SecurityProperties.User DEV_USER = new SecurityProperties.User("auditor",
            "{bcrypt}$2a$10$I0x432WKjxLE8mXjhQCFXu9uXguBC6oDLFGNGKpsEMNGm4kt/EBaW", Set.of("auditor"));
    private static final SecurityProperties.User OWN_USER = new SecurityProperties.User("ann",
            "{bcrypt}$2a$10$psoKLC9C/8arQRRHSeb9deLm1RZ1CtH816Op84BHrCVgZn86Kguie", Set.of("auditor"));

    private static SecurityProperties props(List<SecurityProperties.ApiKey> keys, List<SecurityProperties.User> users,
                                            boolean development) {
        return new SecurityProperties(keys, users, OIDC, development);
    }

    @Test
    void noCredentialsAtAllIsRefused() {
        assertThatThrownBy(() -> CHECK.check(props(List.of(), List.of(), false), false))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no credentials are configured")
                .hasMessageContaining("evaluator.security.development-run=true");
    }

    @Test
    void aDevelopmentKeyIsRefused() {
        assertThatThrownBy(() -> CHECK.check(props(List.of(OWN_KEY, DEV_KEY), List.of(), false), false))
                .hasMessageContaining("API key 'dev-admin'").hasMessageContaining("application-dev.properties");
    }

    @Test
    void aDevelopmentUserIsRefused() {
        assertThatThrownBy(() -> CHECK.check(props(List.of(OWN_KEY), List.of(DEV_USER), false), false))
                .hasMessageContaining("user 'auditor'");
    }

    @Test
    void aDevelopmentRunMayUseNoneOrTheDevelopmentCredentials() {
        assertThatCode(() -> CHECK.check(props(List.of(), List.of(), true), false)).doesNotThrowAnyException();
        assertThatCode(() -> CHECK.check(props(List.of(DEV_KEY), List.of(DEV_USER), true), false))
                .doesNotThrowAnyException();
    }

    @Test
    void credentialsOfOurOwnOrAnIssuerStart() {
        assertThatCode(() -> CHECK.check(props(List.of(OWN_KEY), List.of(), false), false)).doesNotThrowAnyException();
        assertThatCode(() -> CHECK.check(props(List.of(), List.of(OWN_USER), false), false)).doesNotThrowAnyException();
        assertThatCode(() -> CHECK.check(props(List.of(), List.of(), false), true)).doesNotThrowAnyException();
    }

    @Test
    void aPasswordThatIsNotAHashStopsTheStart() {
        assertThatThrownBy(() -> ConfiguredUsers.of(List.of(new SecurityProperties.User("ann", "secret123",
                Set.of("auditor"))))).hasMessageContaining("must be a hash");
        assertThatThrownBy(() -> ConfiguredUsers.of(List.of(new SecurityProperties.User("ann",
                OWN_USER.password(), Set.of("boss"))))).hasMessageContaining("unknown role 'boss'");
    }
}
