package com.servicepolicy.evaluator.report;

import com.servicepolicy.evaluator.findings.FindingView;
import com.servicepolicy.evaluator.night.DataQualityStore;
import com.servicepolicy.evaluator.night.Findings;
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
    static final int TOP_VIOLATIONS = 10;
    static final int DATA_FINDINGS_LISTED = 20;
    private final RunStore runs;
    private final RunFigures figures;
    private final ViolationStore violations;
    private final IngestLedger ledger;
    private final RuleSetHolder rules;
    private final Findings findings;
    private final DataQualityStore dataQuality;
    private final int minResponses;

    /**
     * {@code minResponses} ({@code evaluator.report.min-responses}, default 5): a queue or agent enters the slowest
     * lists only with at least this many first responses that night, so that one slow reply does not rank anyone.
     */
    public ReportWriter(RunStore runs, RunFigures figures, ViolationStore violations, IngestLedger ledger,
                        RuleSetHolder rules, Findings findings, DataQualityStore dataQuality,
                        @org.springframework.beans.factory.annotation.Value("${evaluator.report.min-responses:5}")
                        int minResponses) {
        this.findings = findings;
        this.dataQuality = dataQuality;
        this.minResponses = minResponses;
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
        return ReportTemplates.standalone(data(night));
    }

    /** What the report fragment of a page reads (see {@link ReportTemplates#model}), with links to the violations. */
    public Map<String, Object> pageModel(LocalDate night) {
        Map<String, Object> model = new java.util.HashMap<>(ReportTemplates.model(data(night)));
        model.put("links", true);
        return model;
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
        Map<String, String> actions = rules.current().ruleSet().settings().getActions();
        return new ReportData(run, figures.seenBy(night, "code"), figures.seenBy(night, "severity"),
                figures.seenBy(night, "policy"), trend, figures.slowest(night, "queue", 10, minResponses),
                figures.slowest(night, "agent", 10, minResponses), minResponses,
                FairnessRow.of(testedGroups(night), figures.fairnessMinGroupSize(night), flaggedGroups(night)),
                ledger.rejects(night, 20),
                findings.topOfNight(night, TOP_VIOLATIONS).stream().map(f -> FindingView.of(f, actions)).toList(),
                dataQuality.of(night, DATA_FINDINGS_LISTED));
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
