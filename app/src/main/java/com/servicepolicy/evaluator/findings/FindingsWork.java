package com.servicepolicy.evaluator.findings;

import com.servicepolicy.evaluator.api.BadParameterException;
import com.servicepolicy.evaluator.api.ConflictException;
import com.servicepolicy.evaluator.api.NotFoundException;
import com.servicepolicy.evaluator.ingest.TextLimits;
import com.servicepolicy.evaluator.night.Finding;
import com.servicepolicy.evaluator.night.FindingChange;
import com.servicepolicy.evaluator.night.FindingStatus;
import com.servicepolicy.evaluator.night.Findings;
import org.springframework.stereotype.Service;

import java.time.Clock;

/**
 * Working a violation: acknowledge it, assign it to a person, resolve it with a note, mark it a false positive
 * with a reason, or reopen it. Each is one change with its audit entry; a change that does not fit the status
 * (acknowledging what is resolved) is refused rather than silently applied.
 */
@Service
public class FindingsWork {
    /** What a person may do, as the API and the pages name it. */
    public enum Action {
        ACKNOWLEDGE, ASSIGN, RESOLVE, FALSE_POSITIVE, REOPEN
    }

    private static final int MAX_NOTE = 4000;
    private final Findings findings;
    private final Clock clock;

    @org.springframework.beans.factory.annotation.Autowired
    public FindingsWork(Findings findings) {
        this(findings, Clock.systemUTC());
    }

    FindingsWork(Findings findings, Clock clock) {
        this.findings = findings;
        this.clock = clock;
    }

    /** Applies {@code action} by {@code actor}; {@code note} is required to resolve, mark or reopen. */
    public Finding apply(long id, Action action, String assignee, String note, String actor) {
        Finding f = findings.find(id).orElseThrow(() -> new NotFoundException("no violation " + id));
        String cleanNote = note == null || note.isBlank() ? null : storable(note.strip(), "note", MAX_NOTE);
        FindingChange change = switch (action) {
            case ACKNOWLEDGE -> {
                requireStatus(f, action, FindingStatus.OPEN);
                yield change("ACKNOWLEDGED", FindingStatus.ACKNOWLEDGED, f.assignee(), false, false, cleanNote, actor);
            }
            case ASSIGN -> {
                if (f.status().closed()) {
                    throw conflict(f, action);
                }
                if (assignee == null || assignee.isBlank() || assignee.strip().length() > 200) {
                    throw new BadParameterException("assignee", assignee, "must name a person (1 to 200 characters)");
                }
                FindingStatus status = f.status() == FindingStatus.OPEN ? FindingStatus.ACKNOWLEDGED : f.status();
                yield change("ASSIGNED", status, storable(assignee.strip(), "assignee", 200), false, false, cleanNote, actor);
            }
            case RESOLVE -> {
                requireStatus(f, action, FindingStatus.OPEN, FindingStatus.ACKNOWLEDGED);
                yield change("RESOLVED", FindingStatus.RESOLVED, f.assignee(), true, false, required(cleanNote, "note"), actor);
            }
            case FALSE_POSITIVE -> {
                requireStatus(f, action, FindingStatus.OPEN, FindingStatus.ACKNOWLEDGED);
                yield change("MARKED_FALSE_POSITIVE", FindingStatus.FALSE_POSITIVE, f.assignee(), true, false,
                        required(cleanNote, "reason"), actor);
            }
            case REOPEN -> {
                requireStatus(f, action, FindingStatus.RESOLVED, FindingStatus.FALSE_POSITIVE);
                yield change("REOPENED", FindingStatus.OPEN, f.assignee(), false, true, required(cleanNote, "note"), actor);
            }
        };
        if (!findings.apply(id, change)) {
            throw new NotFoundException("no violation " + id);
        }
        return findings.find(id).orElseThrow();
    }

    private FindingChange change(String action, FindingStatus status, String assignee, boolean closes, boolean reopens,
                                 String note, String actor) {
        return new FindingChange(action, status, assignee, closes, reopens, note, actor, clock.instant());
    }

    private static void requireStatus(Finding f, Action action, FindingStatus... allowed) {
        for (FindingStatus s : allowed) {
            if (f.status() == s) {
                return;
            }
        }
        throw conflict(f, action);
    }

    private static ConflictException conflict(Finding f, Action action) {
        return new ConflictException("violation " + f.id() + " is " + f.status() + ": cannot "
                + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " it");
    }

    private static String required(String note, String name) {
        if (note == null) {
            throw new BadParameterException(name, "", "is required: say why, for the audit trail");
        }
        return note;
    }

    /**
     * A text every store keeps as written, for every action (an acknowledgement's note was not capped): PostgreSQL
     * refuses U+0000 (a 500, where H2 took it) and an unpaired surrogate reached the audit trail as U+FFFD, as the
     * contract keeps both out of the events.
     */
    private static String storable(String text, String name, int maxChars) {
        if (text.length() > maxChars) {
            throw new BadParameterException(name, shown(text.substring(0, 20)) + "…", "is longer than " + maxChars + " characters");
        }
        String problem = TextLimits.problem(text, 0);
        if (problem != null) {
            throw new BadParameterException(name, shown(text), problem);
        }
        return text;
    }

    /** The text as an answer can echo it: U+0000 and unpaired surrogates become U+FFFD. */
    private static String shown(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                b.append(c).append(text.charAt(++i));
            } else {
                b.append(c == '\u0000' || Character.isSurrogate(c) ? '\uFFFD' : c);
            }
        }
        return b.toString();
    }
}
