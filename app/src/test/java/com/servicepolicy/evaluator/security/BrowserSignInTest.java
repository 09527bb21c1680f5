package com.servicepolicy.evaluator.security;

import com.servicepolicy.evaluator.api.ApiTestKeys;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * People sign in with a form (users from configuration, hashed passwords) and carry a session cookie; a browser
 * is sent to the sign-in page, the API answers 401; with a session a change needs the CSRF token, with an API
 * key it does not.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("service-test")
class BrowserSignInTest {
    @Autowired
    MockMvc mvc;

    @Test
    void aBrowserWithoutASessionIsSentToTheSignInPageAndTheApiAnswers401() throws Exception {
        mvc.perform(get("/runs").accept(MediaType.TEXT_HTML)).andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/runs").accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Sign in with"))));
    }

    @Test
    void aConfiguredUserSignsInWithTheRightPasswordOnly() throws Exception {
        mvc.perform(formLogin("/login").user("test-auditor").password("test-auditor-password"))
                .andExpect(authenticated().withUsername("test-auditor").withRoles("auditor"))
                .andExpect(redirectedUrl("/runs"));
        mvc.perform(formLogin("/login").user("test-auditor").password("wrong-password"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aSessionReadsTheApiAndNeedsTheCsrfTokenToChangeAnything() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user("test-admin")
                .password("test-admin-password")).andReturn().getRequest().getSession();

        mvc.perform(get("/api/v1/policies").session(session)).andExpect(status().isOk());
        mvc.perform(post("/api/v1/policies/reload").session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/policies/reload").session(session).with(csrf())).andExpect(status().isOk());
        // a machine's key carries no cookie to forge with: no token needed
        mvc.perform(post("/api/v1/policies/reload").header(ApiTestKeys.HEADER, ApiTestKeys.ADMIN))
                .andExpect(status().isOk());
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user("test-auditor")
                .password("test-auditor-password")).andReturn().getRequest().getSession();
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/api/v1/policies").session(session)).andExpect(status().isUnauthorized());
    }
}
