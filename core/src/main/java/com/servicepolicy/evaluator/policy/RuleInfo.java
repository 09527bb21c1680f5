package com.servicepolicy.evaluator.policy;

import java.util.List;

/**
 * What a rule declares about itself in DRL metadata ({@code @code}, {@code @name}, {@code @policy},
 * {@code @severity}, {@code @actions}, {@code @description}, {@code @docs}, {@code @judges},
 * {@code @whyNot}): the single source the API, the command line, the explanations, the report and the
 * docs read. {@code severity} is the default (the settings may change it per priority or per code);
 * {@code actions} are the action codes it may recommend. {@code description} is filled in from the
 * settings the rule set was compiled with. {@code judges} is the fact the rule judges, e.g.
 * {@code Clock:FIRST_RESPONSE}, {@code Event:REFUSED}, {@code Interaction} or {@code GroupRefusalRate}, and
 * {@code whyNot} the template an explanation fills for each such fact the rule did not flag (null for none).
 */
public record RuleInfo(
        String ruleName,
        String packageName,
        String sourceFile,
        String code,
        String name,
        String policy,
        Severity severity,
        List<String> actions,
        String description,
        String docs,
        Judged judges,
        String whyNot) {

    /** The fact a rule judges: its type, and for clocks and events their kind ({@code FIRST_RESPONSE}, {@code REFUSED}). */
    public record Judged(String type, String kind) {
        public static final String CLOCK = "Clock";
        public static final String EVENT = "Event";
        public static final String INTERACTION = "Interaction";
        public static final String GROUP = "GroupRefusalRate";

        /** {@code Type} or {@code Type:KIND}. */
        public static Judged parse(String text) {
            int colon = text.indexOf(':');
            return colon < 0 ? new Judged(text.strip(), null)
                    : new Judged(text.substring(0, colon).strip(), text.substring(colon + 1).strip());
        }

        public boolean is(String factType) {
            return type.equals(factType);
        }

        @Override
        public String toString() {
            return kind == null ? type : type + ":" + kind;
        }
    }

    /** Whether the rule judges whole-log group rates, whose subjects are groups such as {@code disability=yes}. */
    public boolean judgesGroups() {
        return judges != null && judges.is(Judged.GROUP);
    }

    public RuleInfo {
        actions = List.copyOf(actions);
    }
}
