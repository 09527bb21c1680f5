package com.servicepolicy.evaluator.batch;

import com.servicepolicy.evaluator.engine.RuleFailedException;
import com.servicepolicy.evaluator.engine.RuleLoopException;
import com.servicepolicy.evaluator.engine.RuleSetException;
import com.servicepolicy.evaluator.ingest.InputFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * How a failed night is told in the log. The failures an operator meets in an ordinary life (an unreadable
 * file, a full disk, the database gone, rules that do not compile, loop or throw) are one line that says what and
 * where: their stack traces were 46-100 lines of framework frames that buried the reason. Anything else is a
 * defect and keeps its stack trace. Spring Batch's own step error log is off (application.properties), so
 * this is the one place a night's failure is logged.
 */
final class NightFailures {
    private static final Logger log = LoggerFactory.getLogger(NightFailures.class);

    private NightFailures() {
    }

    static void log(LocalDate night, List<Throwable> failures) {
        for (Throwable t : failures) {
            if (isExpected(t)) {
                log.error("night {} failed: {}", night, describe(t));
            } else {
                log.error("night {} failed: {}", night, describe(t), t);
            }
        }
    }

    static boolean isExpected(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof InputFileException || c instanceof IOException || c instanceof UncheckedIOException
                    || c instanceof RuleSetException || c instanceof RuleLoopException || c instanceof RuleFailedException
                    || c instanceof CannotGetJdbcConnectionException || c instanceof DataAccessResourceFailureException
                    || c instanceof TransientDataAccessException || c instanceof java.sql.SQLTransientException
                    || c instanceof java.sql.SQLRecoverableException || isConnectionLoss(c)) {
                return true;
            }
        }
        return false;
    }

    /** PostgreSQL's driver reports a lost connection with SQLState class 08. */
    private static boolean isConnectionLoss(Throwable t) {
        return t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08");
    }

    /** The message of the failure, or of its first cause that has one. */
    static String describe(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c.getMessage() != null && !c.getMessage().isBlank()) {
                return c.getMessage().lines().findFirst().orElse("");
            }
        }
        return t.getClass().getSimpleName();
    }
}
