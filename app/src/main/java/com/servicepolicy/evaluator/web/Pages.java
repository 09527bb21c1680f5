package com.servicepolicy.evaluator.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;

/** What pages share: the error page for what is not there (a page, not the API's problem document). */
final class Pages {
    private Pages() {
    }

    static String notFound(Model model, HttpServletResponse response, String message) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("status", 404);
        model.addAttribute("error", "Not Found");
        model.addAttribute("message", message);
        return "error";
    }
}
