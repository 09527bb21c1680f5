package com.servicepolicy.evaluator.importers.servicenow;

import com.servicepolicy.evaluator.importers.Columns;
import com.servicepolicy.evaluator.ingest.CsvTable;
import com.servicepolicy.evaluator.ingest.InputFileException;
import com.servicepolicy.evaluator.policy.Violation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Where ServiceNow's own verdict ({@code made_sla} of an incident's last update, in file order) and our RESOLUTION_LATE
 * (RESP-003) disagree: the source's flag is kept beside the log for this, never turned into events. ServiceNow's SLA
 * definitions behind {@code made_sla} are not in the export, so a disagreement is a finding to look at, not an error.
 */
public record MadeSlaReconciliation(Set<String> bothLate, Set<String> bothInTime, Set<String> lateOnlyByResp003,
                                    Set<String> missedOnlyByServiceNow, Set<String> notEvaluated) {
    static final String CODE = "RESP-003";

    /** Each incident's {@code made_sla} as of its last row in the file; incidents without the column's value are left out. */
    public static Map<String, Boolean> madeSla(Path file) throws InputFileException {
        Map<String, Boolean> made = new TreeMap<>();
        try (InputStream in = Files.newInputStream(file)) {
            CsvTable.scan(in, file.toString(), new CsvTable.Handler() {
                private Columns columns;

                @Override
                public void header(List<String> names) throws InputFileException {
                    columns = new Columns(names, file.toString());
                    columns.require(ServiceNowSource.NAME, "number", "made_sla");
                }

                @Override
                public void row(List<String> cells, long line) {
                    String number = columns.get(cells, "number");
                    String sla = columns.get(cells, "made_sla");
                    if (number != null && sla != null && !sla.equals("?")) {
                        made.put(number, sla.equalsIgnoreCase("true"));
                    }
                }

                @Override
                public void unusable(long line, String reason) {
                    // the importer reports it; the ledger only leaves it out
                }
            });
        } catch (IOException e) {
            throw new InputFileException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return made;
    }

    /** Compares the source's flags with the RESP-003 violations of an evaluation of the same incidents. */
    public static MadeSlaReconciliation of(Map<String, Boolean> madeSla, Collection<Violation> violations,
                                           Set<String> evaluatedInteractions) {
        Set<String> late = violations.stream().filter(v -> v.code().equals(CODE)).map(Violation::interactionId)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> bothLate = new TreeSet<>();
        Set<String> bothInTime = new TreeSet<>();
        Set<String> oursOnly = new TreeSet<>();
        Set<String> theirsOnly = new TreeSet<>();
        Set<String> notEvaluated = new TreeSet<>();
        madeSla.forEach((number, made) -> {
            if (!evaluatedInteractions.contains(number)) {
                notEvaluated.add(number);
            } else if (late.contains(number)) {
                (made ? oursOnly : bothLate).add(number);
            } else {
                (made ? bothInTime : theirsOnly).add(number);
            }
        });
        return new MadeSlaReconciliation(bothLate, bothInTime, oursOnly, theirsOnly, notEvaluated);
    }

    /** The report: the four counts, then every incident where the two disagree. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("made_sla reconciliation against " + CODE + ": agree late=" + bothLate.size() + " agree in time="
                + bothInTime.size() + " late only by " + CODE + "=" + lateOnlyByResp003.size()
                + " missed only by made_sla=" + missedOnlyByServiceNow.size() + " not evaluated=" + notEvaluated.size());
        lateOnlyByResp003.forEach(n -> lines.add("  " + n + ": " + CODE + " late, made_sla=TRUE"));
        missedOnlyByServiceNow.forEach(n -> lines.add("  " + n + ": " + CODE + " in time, made_sla=FALSE"));
        notEvaluated.forEach(n -> lines.add("  " + n + ": not in the evaluated log (its rows were rejected)"));
        return lines;
    }
}
