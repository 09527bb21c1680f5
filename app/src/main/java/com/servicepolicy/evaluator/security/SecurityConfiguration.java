package com.servicepolicy.evaluator.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import java.util.Set;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * Who may do what. Machines send an API key ({@code X-API-Key} or {@code Authorization: Bearer}) with every
 * request; people sign in with a browser (form login with a configured user, or OpenID Connect when an issuer is
 * configured) and carry a session cookie, so browser requests that change something need the CSRF token (a
 * request with an API key carries no cookie a forger could ride on and needs none). Only health, the API
 * documents and the sign-in page are open. Roles: evaluate (evaluations), author (validate, reload, status, runs),
 * auditor (stored violations, reports, pages), admin (everything, metrics included); finer decisions are made
 * per method with {@code @PreAuthorize}.
 */
// Only the HTTP service has requests to secure; the batch starts Spring without a web server.
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, SecurityProperties properties,
                                    ObjectProvider<ClientRegistrationRepository> oidc) throws Exception {
        boolean oidcConfigured = oidc.getIfAvailable() != null;
        CredentialsCheck.fromClassPath().check(properties, oidcConfigured);
        var problem = ProblemResponses.unauthorized();
        var apiKeyFilter = new ApiKeyAuthenticationFilter(new ApiKeys(properties.apiKeys()), problem);
        RequestMatcher browser = browserRequests();
        var requestCache = new HttpSessionRequestCache();
        requestCache.setRequestMatcher(new AndRequestMatcher(browser, pathPattern(HttpMethod.GET, "/**")));
        requestCache.setMatchingRequestParameterName(null);
        // CSRF guards what a session cookie authenticates: a request with an API key has no cookie a forger could ride
        // on; one with neither key nor session is answered 401, not 403 (ProblemResponses.forbidden)
        http.csrf(c -> c.spa().ignoringRequestMatchers(ApiKeyAuthenticationFilter::carriesCredential))
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/runs").permitAll())
                .logout(l -> l.logoutSuccessUrl("/login?logout").permitAll())
                .requestCache(c -> c.requestCache(requestCache))
                .addFilterBefore(apiKeyFilter, AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), browser)
                        .defaultAuthenticationEntryPointFor(problem, request -> true)
                        .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), browser)
                        .defaultAccessDeniedHandlerFor(ProblemResponses.forbidden(problem), request -> true))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
                                "/swagger-ui/**").permitAll()
                        .requestMatchers("/error", "/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/evaluations").hasRole("evaluate")
                        .requestMatchers("/api/v1/policies/validate", "/api/v1/policies/reload",
                                "/api/v1/policies/status").hasRole("author")
                        .requestMatchers(HttpMethod.GET, "/api/v1/policies", "/api/v1/policies/*")
                        .hasAnyRole("evaluate", "author", "auditor")
                        .requestMatchers("/actuator/**").hasRole("admin")
                        // other API endpoints (stored violations, runs), run reports and pages decide per method
                        .requestMatchers("/api/**", "/reports/**", "/", "/runs", "/runs/**", "/violations", "/violations.csv",
                                "/violations/**").authenticated()
                        .anyRequest().denyAll());
        if (oidcConfigured) {
            http.oauth2Login(o -> o.loginPage("/login").defaultSuccessUrl("/runs")
                    .userInfoEndpoint(u -> u.userAuthoritiesMapper(new OidcRoles(properties.oidc()))));
        }
        return http.build();
    }

    /**
     * A browser asking for a page, not the API: it is sent to the sign-in page rather than answered 401, and a
     * refused page is an error page rather than a problem document.
     */
    private static RequestMatcher browserRequests() {
        var html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        return new AndRequestMatcher(html, new NegatedRequestMatcher(pathPattern("/api/**")),
                new NegatedRequestMatcher(ApiKeyAuthenticationFilter::carriesCredential));
    }

    @Bean
    UserDetailsService configuredUsers(SecurityProperties properties) {
        return ConfiguredUsers.of(properties.users());
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Spring Security would otherwise wrap each of its filters in an observation on every request,
     * a cost measurable on a one-interaction evaluation; http.server.requests still times requests.
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** admin may do all that the other roles may. */
    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role("admin").implies("evaluate", "author", "auditor")
                .build();
    }
}
