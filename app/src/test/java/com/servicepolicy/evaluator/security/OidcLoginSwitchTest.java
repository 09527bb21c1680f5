package com.servicepolicy.evaluator.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With an OpenID Connect issuer configured, the sign-in page offers it and the service sends the browser to the
 * issuer's authorization endpoint (no real issuer is contacted: its endpoints are given, not discovered).
 * Without one, there is no such sign-in (BrowserSignInTest: no "Sign in with" link).
 */
@SpringBootTest(properties = {
    "spring.security.oauth2.client.registration.corp.client-id=evaluator",
    "spring.security.oauth2.client.registration.corp.client-secret=not-a-real-secret",
    "spring.security.oauth2.client.registration.corp.client-name=Corp SSO",
    "spring.security.oauth2.client.registration.corp.scope=openid,profile",
    "spring.security.oauth2.client.registration.corp.authorization-grant-type=authorization_code",
    "spring.security.oauth2.client.registration.corp.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
    "spring.security.oauth2.client.provider.corp.authorization-uri=https://sso.example.test/authorize",
    "spring.security.oauth2.client.provider.corp.token-uri=https://sso.example.test/token",
    "spring.security.oauth2.client.provider.corp.jwk-set-uri=https://sso.example.test/jwks",
    "spring.security.oauth2.client.provider.corp.user-name-attribute=sub"})
@AutoConfigureMockMvc
@ActiveProfiles("service-test")
class OidcLoginSwitchTest {
    @Autowired
    MockMvc mvc;

    @Test
    void theSignInPageOffersTheIssuerAndSendsTheBrowserThere() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Sign in with Corp SSO")))
                .andExpect(content().string(containsString("/oauth2/authorization/corp")));
        mvc.perform(get("/oauth2/authorization/corp")).andExpect(status().isFound())
                .andExpect(header().string("Location", startsWith("https://sso.example.test/authorize?")))
                .andExpect(header().string("Location", containsString("client_id=evaluator")))
                .andExpect(header().string("Location", containsString("scope=openid%20profile")));
    }
}
