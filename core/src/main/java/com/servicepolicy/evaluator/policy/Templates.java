package com.servicepolicy.evaluator.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Texts with placeholders, so that a rule's description, explanation or message follows the settings
 * instead of restating them: {@code {followUp.window}} is the value as written in settings.yaml,
 * {@code {atRiskFraction:percent}} shows 0.75 as {@code 75 %}, {@code {followUp.window:duration}} shows 72h
 * as {@code 3d}. Values are substituted once (a value containing braces is not expanded again);
 * a placeholder nothing answers is left as written, and {@link #unresolved} names it for {@code check}.
 */
public final class Templates {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][\\w.-]*)(?::(percent|duration))?}");

    private Templates() {
    }

    /** {@code template} with every placeholder {@code values} answers filled in. */
    public static String fill(String template, Function<String, String> values) {
        if (template == null || template.indexOf('{') < 0) {
            return template;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.apply(m.group(1));
            String text = value == null ? m.group() : format(value, m.group(2));
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The placeholders of {@code template} that {@code values} does not answer. */
    public static List<String> unresolved(String template, Function<String, String> values) {
        List<String> missing = new ArrayList<>();
        if (template == null) {
            return missing;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (values.apply(m.group(1)) == null) {
                missing.add(m.group());
            }
        }
        return missing;
    }

    private static String format(String value, String format) {
        if (format == null) {
            return value;
        }
        try {
            return switch (format) {
                case "percent" -> new BigDecimal(value).movePointRight(2).stripTrailingZeros().toPlainString() + " %";
                case "duration" -> Durations.format(Durations.parse(value));
                default -> value;
            };
        } catch (IllegalArgumentException e) {
            return value; // not a number or duration: shown as written
        }
    }
}
