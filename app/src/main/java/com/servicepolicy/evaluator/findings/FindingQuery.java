package com.servicepolicy.evaluator.findings;

import com.servicepolicy.evaluator.api.BadParameterException;
import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.night.FindingSort;
import com.servicepolicy.evaluator.night.FindingStatus;
import com.servicepolicy.evaluator.night.ViolationFilter;
import com.servicepolicy.evaluator.policy.RuleInfo;
import com.servicepolicy.evaluator.policy.Severity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The violations query as a person or a program asks it, checked: a value no violation can have (a severity,
 * status or sort that does not exist, a code or policy the serving rules do not know, a date that is not
 * ISO-8601, a page size above {@link #MAX_SIZE}) is a 400 naming the parameter, never an empty answer.
 */
public record FindingQuery(ViolationFilter filter, FindingSort sort, boolean descending, int page, int size) {
    public static final int MAX_SIZE = 500;
    public static final int DEFAULT_SIZE = 50;

    /** The raw parameters, as given (null or blank = any). */
    public record Params(String code, String severity, String policy, String queue, String agent, String customer,
                         String from, String to, String status, String returned, String sort, String direction,
                         String page, String size) {
    }

    public static FindingQuery parse(Params p, RuleSet rules) {
        Set<String> codes = rules.rules().stream().map(RuleInfo::code).collect(Collectors.toCollection(TreeSet::new));
        Set<String> policies = rules.rules().stream().map(RuleInfo::policy).collect(Collectors.toCollection(TreeSet::new));
        String code = oneOf("code", p.code(), codes);
        String policy = oneOf("policy", p.policy(), policies);
        String severity = oneOf("severity", p.severity(), names(Severity.values()));
        String status = oneOf("status", p.status(), names(FindingStatus.values()));
        String returned = oneOf("returned", p.returned(), new TreeSet<>(Set.of("true", "false")));
        LocalDate from = date("from", p.from());
        LocalDate to = date("to", p.to());
        if (from != null && to != null && from.isAfter(to)) {
            throw new BadParameterException("from", p.from(), "is after to (" + p.to() + ")");
        }
        String sortName = blank(p.sort()) ? "lastSeen" : p.sort().strip();
        FindingSort sort = FindingSort.byApiName(sortName).orElseThrow(() -> new BadParameterException("sort", sortName,
                "is not one of " + Arrays.stream(FindingSort.values()).map(FindingSort::apiName).toList()));
        String direction = oneOf("direction", p.direction(), new TreeSet<>(Set.of("asc", "desc")));
        boolean descending = direction == null ? sort == FindingSort.LAST_SEEN || sort == FindingSort.FIRST_SEEN
                || sort == FindingSort.MEASURED : direction.equals("desc");
        int page = number("page", p.page(), 0, 0, Integer.MAX_VALUE);
        int size = number("size", p.size(), DEFAULT_SIZE, 1, MAX_SIZE);
        return new FindingQuery(new ViolationFilter(code, severity, policy, text(p.queue()), text(p.agent()),
                text(p.customer()), from, to, status == null ? null : FindingStatus.valueOf(status),
                "true".equals(returned)), sort, descending, page, size);
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private static String oneOf(String name, String value, Set<String> allowed) {
        if (blank(value)) {
            return null;
        }
        if (!allowed.contains(value.strip())) {
            throw new BadParameterException(name, value, "is not one of " + allowed);
        }
        return value.strip();
    }

    private static LocalDate date(String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadParameterException(name, value, "is not an ISO-8601 date (YYYY-MM-DD)");
        }
    }

    private static int number(String name, String value, int byDefault, int min, int max) {
        if (blank(value)) {
            return byDefault;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                throw new BadParameterException(name, value, "is not between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadParameterException(name, value, "is not a whole number");
        }
    }

    private static String text(String value) {
        return blank(value) ? null : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
