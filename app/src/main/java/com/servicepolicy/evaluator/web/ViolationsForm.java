package com.servicepolicy.evaluator.web;

import com.servicepolicy.evaluator.findings.FindingQuery;
import org.springframework.web.util.UriComponentsBuilder;

/** The violations table's query string, bound from the request as typed (checked by {@link FindingQuery}). */
public record ViolationsForm(String code, String severity, String policy, String queue, String agent, String customer,
                      String from, String to, String status, String returned, String sort, String direction,
                      String page, String size) {

    FindingQuery.Params params() {
        return new FindingQuery.Params(code, severity, policy, queue, agent, customer, from, to, status, returned, sort,
                direction, page, size);
    }

    /** This query with another page, sort or direction: the links of the pager and the column headers. */
    public String with(String name, Object given) {
        String value = given == null ? null : given.toString();
        var b = UriComponentsBuilder.newInstance();
        add(b, "code", code);
        add(b, "severity", severity);
        add(b, "policy", policy);
        add(b, "queue", queue);
        add(b, "agent", agent);
        add(b, "customer", customer);
        add(b, "from", from);
        add(b, "to", to);
        add(b, "status", status);
        add(b, "returned", returned);
        add(b, "size", size);
        if (!name.equals("page")) {
            add(b, "sort", name.equals("sort") ? value : sort);
            add(b, "direction", name.equals("direction") ? value : name.equals("sort") ? null : direction);
        } else {
            add(b, "sort", sort);
            add(b, "direction", direction);
            add(b, "page", value);
        }
        return b.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder b, String name, String value) {
        if (value != null && !value.isBlank()) {
            b.queryParam(name, value);
        }
    }
}
