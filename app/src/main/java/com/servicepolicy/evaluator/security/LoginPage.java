package com.servicepolicy.evaluator.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.ArrayList;
import java.util.List;

/** The sign-in page: a form for configured users, and a link per OpenID Connect issuer when one is configured. */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class LoginPage {
    /** An issuer to sign in with: its registration id (for the link) and the name it shows. */
    record Issuer(String id, String name) {
    }

    private final ObjectProvider<ClientRegistrationRepository> registrations;

    LoginPage(ObjectProvider<ClientRegistrationRepository> registrations) {
        this.registrations = registrations;
    }

    @GetMapping("/login")
    String login(Model model) {
        List<Issuer> issuers = new ArrayList<>();
        if (registrations.getIfAvailable() instanceof Iterable<?> all) {
            for (Object r : all) {
                ClientRegistration c = (ClientRegistration) r;
                issuers.add(new Issuer(c.getRegistrationId(), c.getClientName()));
            }
        }
        model.addAttribute("issuers", issuers);
        return "login";
    }
}
