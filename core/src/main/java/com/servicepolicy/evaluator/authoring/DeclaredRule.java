package com.servicepolicy.evaluator.authoring;

import java.util.List;
import java.util.Map;

/**
 * A rule as written in a DRL file, before compilation: its name, where it starts, its metadata
 * (with where each entry is written) and what its consequence calls. Lint works on these, so it
 * can point at lines even when the rule set does not compile.
 */
record DeclaredRule(String file, String name, int line, Map<String, Metadata> metadata,
                    boolean reportsViolations, List<Call> calls) {

    /** One {@code @key("value")} entry. */
    record Metadata(String value, int line, int column) {
    }

    /** A literal argument given to a draft method in the consequence, e.g. {@code .action("REPLY_NOW")}. */
    record Call(String method, String argument, int line, int column) {
    }

    String text(String key) {
        Metadata m = metadata.get(key);
        return m == null || m.value() == null || m.value().isBlank() ? null : m.value().trim();
    }

    String code() {
        return text("code");
    }

    List<String> actions() {
        String actions = text("actions");
        return actions == null ? List.of()
                : java.util.Arrays.stream(actions.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /** Where a metadata entry is written, or the rule's own line when it is missing. */
    int lineOf(String key) {
        Metadata m = metadata.get(key);
        return m == null || m.line() == 0 ? line : m.line();
    }

    int columnOf(String key) {
        Metadata m = metadata.get(key);
        return m == null || m.line() == 0 ? 1 : m.column();
    }
}
