package com.servicepolicy.evaluator.authoring;

import com.servicepolicy.evaluator.engine.RuleProblem;
import com.servicepolicy.evaluator.engine.RuleSource;

/**
 * One thing {@code check} found, printed the way compilers do:
 * {@code file:line:column: error: message}. Line and column are 1-based, 0 when unknown.
 */
public record Finding(Level level, String file, int line, int column, String message) {

    public enum Level {
        ERROR, WARNING;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static Finding error(String file, int line, int column, String message) {
        return new Finding(Level.ERROR, file, line, column, message);
    }

    static Finding warning(String file, int line, int column, String message) {
        return new Finding(Level.WARNING, file, line, column, message);
    }

    static Finding error(RuleProblem p) {
        return error(p.file(), p.line(), p.column(), p.message());
    }

    public boolean isError() {
        return level == Level.ERROR;
    }

    /** As printed, with {@code dirPrefix} (e.g. {@code rules/}) before the file so editors can open it. */
    public String format(String dirPrefix) {
        return dirPrefix + file + ":" + line + ":" + column + ": " + level + ": " + message;
    }

    /** As printed for a rule source: its path before the file, or the source alone for a problem of it as a whole. */
    public String format(RuleSource source) {
        return file.isEmpty() ? source.describe() + ": " + level + ": " + message : format(source.prefix());
    }

    @Override
    public String toString() {
        return format("");
    }
}
