package com.servicepolicy.evaluator.authoring;

import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the rules of one DRL file with the Drools parser (no compilation), adding the positions
 * the parser leaves out: metadata lines and literal calls in the consequence.
 */
final class DrlScanner {
    private static final Pattern METADATA = Pattern.compile("@(\\w+)\\s*\\(");
    private static final Pattern LITERAL_CALL = Pattern.compile("\\.(action|severity)\\(\\s*\"([^\"]*)\"\\s*\\)");
    private static final Pattern REPORT = Pattern.compile("\\bviolations\\s*\\.\\s*report\\s*\\(");
    private static final Pattern END = Pattern.compile("^\\s*end\\b");

    private DrlScanner() {
    }

    /** The rules of {@code drl}; empty when it does not parse (the compiler reports why). */
    static List<DeclaredRule> scan(String file, String drl) {
        PackageDescr pkg;
        DrlParser parser = new DrlParser();
        try {
            pkg = parser.parse(false, drl);
        } catch (DroolsParserException | RuntimeException e) {
            return List.of();
        }
        if (pkg == null || parser.hasErrors()) {
            return List.of();
        }
        String[] lines = drl.split("\n", -1);
        List<DeclaredRule> rules = new ArrayList<>();
        for (RuleDescr r : pkg.getRules()) {
            int ruleLine = Math.max(r.getLine(), 1);
            int consequenceLine = r.getConsequenceLine() > 0 ? r.getConsequenceLine() : ruleLine;
            String consequence = String.valueOf(r.getConsequence());
            rules.add(new DeclaredRule(file, r.getName(), ruleLine,
                    metadata(r, lines, ruleLine, consequenceLine), REPORT.matcher(consequence).find(),
                    calls(lines, consequenceLine)));
        }
        return rules;
    }

    private static Map<String, DeclaredRule.Metadata> metadata(RuleDescr r, String[] lines, int from, int to) {
        Map<String, int[]> written = new LinkedHashMap<>();
        for (int i = from; i <= Math.min(to, lines.length) && i >= 1; i++) {
            Matcher m = METADATA.matcher(lines[i - 1]);
            while (m.find()) {
                written.putIfAbsent(m.group(1), new int[] {i, m.start() + 1});
            }
        }
        Map<String, DeclaredRule.Metadata> out = new LinkedHashMap<>();
        for (AnnotationDescr a : r.getAnnotations()) {
            int[] at = written.getOrDefault(a.getName(), new int[] {0, 0});
            out.put(a.getName(), new DeclaredRule.Metadata(AnnotationDescr.unquote(String.valueOf(a.getSingleValueAsString())), at[0], at[1]));
        }
        return out;
    }

    private static List<DeclaredRule.Call> calls(String[] lines, int consequenceLine) {
        List<DeclaredRule.Call> calls = new ArrayList<>();
        for (int i = consequenceLine; i <= lines.length && !END.matcher(lines[i - 1]).find(); i++) {
            Matcher m = LITERAL_CALL.matcher(lines[i - 1]);
            while (m.find()) {
                calls.add(new DeclaredRule.Call(m.group(1), m.group(2), i, m.start() + 2));
            }
        }
        return calls;
    }
}
