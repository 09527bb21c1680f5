package com.servicepolicy.evaluator.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Who may do what. Only health and the API documents are open; everything else needs an API key
 * whose roles allow it: evaluate (evaluations), author (validate, reload and status — they compile
 * code), auditor (stored violations, by method security), admin (everything, metrics included).
 */
// Only the HTTP service has requests to secure; the batch starts Spring without a web server.
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, SecurityProperties properties) throws Exception {
        var entryPoint = ProblemResponses.unauthorized();
        var apiKeyFilter = new ApiKeyAuthenticationFilter(new ApiKeys(properties.apiKeys()), entryPoint);
        http.csrf(c -> c.disable()) // no cookies or sessions: nothing for a forged request to ride on
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .requestCache(c -> c.disable())
                .addFilterBefore(apiKeyFilter, AnonymousAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint)
                        .accessDeniedHandler(ProblemResponses.forbidden()))
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
                                "/swagger-ui/**").permitAll()
                        .requestMatchers("/error").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/evaluations").hasRole("evaluate")
                        .requestMatchers("/api/v1/policies/validate", "/api/v1/policies/reload",
                                "/api/v1/policies/status").hasRole("author")
                        .requestMatchers(HttpMethod.GET, "/api/v1/policies", "/api/v1/policies/*")
                        .hasAnyRole("evaluate", "author", "auditor")
                        .requestMatchers("/actuator/**").hasRole("admin")
                        // other API endpoints (stored violations, runs) and run reports decide per method with @PreAuthorize
                        .requestMatchers("/api/**", "/reports/**").authenticated()
                        .anyRequest().denyAll());
        return http.build();
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

    /** There are no user accounts; this keeps Boot from creating one with a generated password. */
    @Bean
    UserDetailsService noUsers() {
        return username -> {
            throw new UsernameNotFoundException("this service has no user accounts; use an API key");
        };
    }
}
