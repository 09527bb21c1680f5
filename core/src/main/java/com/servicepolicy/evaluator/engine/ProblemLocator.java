package com.servicepolicy.evaluator.engine;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives every compile problem the best position we can: Drools reports constraint-analysis errors
 * at line 0 (but names the rule), parser errors with the column only inside the message text, and an
 * expression it cannot analyse (a misspelt field, the commonest slip) at its line without a column.
 */
final class ProblemLocator {
    private static final Pattern RULE_NAME = Pattern.compile("rule '([^']+)'|Rule name='([^']+)'|in rule \"([^\"]+)\"");
    private static final Pattern PARSER_POSITION = Pattern.compile("Line (\\d+):(\\d+)");
    private static final Pattern UNANALYSABLE = Pattern.compile("Unable to Analyse Expression (.+?):\\R");
    /** How many lines after the reported one a constraint may still continue. */
    private static final int CONSTRAINT_LINES = 5;
    /** Reported after any parse error; it adds nothing for the author. */
    private static final String NULL_PACKAGE = "Parser returned a null Package";

    private ProblemLocator() {
    }

    static RuleProblem locate(String file, int line, int column, String message, String drl) {
        Matcher position = PARSER_POSITION.matcher(message);
        if (position.find()) {
            // the parser's column is 0-based; editors count from 1
            return new RuleProblem(file, Integer.parseInt(position.group(1)), Integer.parseInt(position.group(2)) + 1, message);
        }
        int knownLine = line > 0 ? line : lineOfRuleNamedIn(message, drl);
        if (column <= 0 && knownLine > 0) {
            int[] at = expressionAt(message, drl, knownLine);
            if (at != null) {
                return new RuleProblem(file, at[0], at[1], message);
            }
        }
        return new RuleProblem(file, knownLine, Math.max(column, 0), message);
    }

    /**
     * Where the expression Drools could not analyse is written: the line and 1-based column of its text, looked for
     * from the reported line over the next few (a constraint may span lines); null when it is not found as written.
     */
    private static int[] expressionAt(String message, String drl, int fromLine) {
        Matcher expression = UNANALYSABLE.matcher(message);
        if (drl == null || !expression.find()) {
            return null;
        }
        String text = expression.group(1).strip();
        String[] lines = drl.split("\\R", -1);
        for (int i = fromLine - 1; i < Math.min(lines.length, fromLine - 1 + CONSTRAINT_LINES); i++) {
            int index = lines[i].indexOf(text);
            if (index >= 0) {
                return new int[] {i + 1, index + 1};
            }
        }
        return null;
    }

    static void dropConsequentialProblems(List<RuleProblem> problems) {
        if (problems.size() > 1) {
            problems.removeIf(p -> p.message().equals(NULL_PACKAGE)
                    && problems.stream().anyMatch(o -> o != p && o.file().equals(p.file())));
        }
    }

    static int lineOfRuleNamedIn(String message, String drl) {
        if (message == null || drl == null) {
            return 0;
        }
        Matcher m = RULE_NAME.matcher(message);
        if (!m.find()) {
            return 0;
        }
        String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
        Matcher declaration = Pattern.compile("^\\s*rule\\s+\"" + Pattern.quote(name) + "\"", Pattern.MULTILINE).matcher(drl);
        if (!declaration.find()) {
            return 0;
        }
        return (int) drl.substring(0, declaration.start()).chars().filter(c -> c == '\n').count() + 1;
    }
}
