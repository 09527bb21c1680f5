package com.servicepolicy.evaluator.report;

import com.servicepolicy.evaluator.night.IngestLedger;
import com.servicepolicy.evaluator.policy.DisparityTests;
import com.servicepolicy.evaluator.policy.GroupRefusalRate;
import com.servicepolicy.evaluator.service.RuleSetHolder;
import com.servicepolicy.evaluator.night.RunFigures;
import com.servicepolicy.evaluator.night.RunRecord;
import com.servicepolicy.evaluator.night.RunStore;
import com.servicepolicy.evaluator.night.ViolationStore;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Builds a night's report from the stores and writes it as {@code report.html} and {@code violations.csv}. */
@Component
public class ReportWriter {
    private final RunStore runs;
    private final RunFigures figures;
    private final ViolationStore violations;
    private final IngestLedger ledger;
    private final RuleSetHolder rules;

    public ReportWriter(RunStore runs, RunFigures figures, ViolationStore violations, IngestLedger ledger,
                        RuleSetHolder rules) {
        this.runs = runs;
        this.figures = figures;
        this.violations = violations;
        this.ledger = ledger;
        this.rules = rules;
    }

    /** Writes both files into {@code folder}, each through a temporary file so no half report is ever seen. */
    public void write(LocalDate night, Path folder) throws IOException {
        Files.createDirectories(folder);
        writeAtomically(folder.resolve("report.html"), html(night));
        Path csv = folder.resolve("violations.csv.tmp");
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            writeCsv(night, w);
        }
        Files.move(csv, folder.resolve("violations.csv"), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    public String html(LocalDate night) {
        return HtmlReport.render(data(night));
    }

    /** Streams the night's violations into {@code out}, one row in memory at a time. */
    public void writeCsv(LocalDate night, Writer out) throws IOException {
        com.servicepolicy.evaluator.export.SafeCsv csv = CsvExport.header(out);
        try {
            violations.forEachSeenBy(night, v -> {
                try {
                    CsvExport.row(v, csv);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    ReportData data(LocalDate night) {
        RunRecord run = runs.find(night).orElseThrow(() -> new IllegalArgumentException("no run for " + night));
        Map<String, Map<String, Long>> trend = new LinkedHashMap<>();
        figures.trend(night, 30).forEach((d, m) -> trend.put(d.toString(), m));
        return new ReportData(run, figures.seenBy(night, "code"), figures.seenBy(night, "severity"),
                figures.seenBy(night, "policy"), trend, figures.slowest(night, "queue", 10),
                figures.slowest(night, "agent", 10), testedGroups(night),
                flaggedGroups(night), figures.fairnessMinGroupSize(night),
                ledger.rejects(night, 20));
    }

    /**
     * The night's group counts tested as the rules' FAIR-003 tests them (the night's minimum group size; the
     * correction of the rules serving now).
     */
    private List<GroupRefusalRate> testedGroups(LocalDate night) {
        List<DisparityTests.Counts> counts = figures.groupRates(night).stream()
                .map(g -> new DisparityTests.Counts(g.attribute(), g.group(), g.interactions(), g.refused())).toList();
        return DisparityTests.judge(counts, figures.fairnessMinGroupSize(night),
                rules.current().ruleSet().settings().getDisparityCorrection());
    }

    /** The groups the night's group-level violations name (FAIR-003 by default: the rules judging group rates say). */
    private Set<String> flaggedGroups(LocalDate night) {
        Set<String> groups = new TreeSet<>();
        rules.current().ruleSet().groupLevelCodes().forEach(code -> groups.addAll(violations.subjectsSeenBy(night, code)));
        return groups;
    }

    private static void writeAtomically(Path target, String text) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
