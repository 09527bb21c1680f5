package com.servicepolicy.evaluator.report;

import com.servicepolicy.evaluator.policy.Statistics;
import com.servicepolicy.evaluator.policy.GroupRefusalRate;
import com.servicepolicy.evaluator.night.RejectedLine;
import com.servicepolicy.evaluator.night.ResponseTimes;
import com.servicepolicy.evaluator.night.RunRecord;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders a night's report as one self-contained HTML page: inline CSS and SVG, no scripts, no links out. */
final class HtmlReport {
    private static final String CSS = """
            body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#1d2430;margin:0;background:#f4f6f9}
            main{max-width:1060px;margin:0 auto;padding:24px}
            h1{font-size:22px;margin:0 0 4px}h2{font-size:16px;margin:0 0 10px}
            .sub{color:#5b6575;margin-bottom:18px}
            .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px;margin-bottom:18px}
            .card{background:#fff;border-radius:8px;padding:12px 14px;box-shadow:0 1px 2px #0001}
            .card b{display:block;font-size:22px}.card span{color:#5b6575;font-size:12px}
            .grid{display:grid;grid-template-columns:1fr 1fr;gap:16px}
            section{background:#fff;border-radius:8px;padding:14px 16px;margin-bottom:16px;box-shadow:0 1px 2px #0001}
            .label{font-size:12px;fill:#1d2430}.value{font-size:12px;fill:#5b6575}.tick{font-size:10px;fill:#5b6575}
            table{border-collapse:collapse;width:100%;font-size:13px}th,td{padding:5px 8px;border-bottom:1px solid #e6e9ee;text-align:left}
            td.n{text-align:right;font-variant-numeric:tabular-nums}
            .flag{color:#b3261e;font-weight:600}.ok{color:#2e7d32}.muted,.none{color:#8a93a3}
            .rate{display:inline-block;height:9px;background:#3b6ea8;border-radius:2px;vertical-align:middle}
            .legend span{display:inline-block;margin-right:12px;font-size:12px}
            .legend i{display:inline-block;width:10px;height:10px;margin-right:4px;border-radius:2px}
            @media(max-width:800px){.grid{grid-template-columns:1fr}}
            """;

    private HtmlReport() {
    }

    static String render(ReportData d) {
        RunRecord r = d.run();
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Nightly evaluation ").append(r.runDate()).append("</title><style>").append(CSS)
                .append("</style></head><body><main>");
        h.append("<h1>Nightly policy evaluation — ").append(r.runDate()).append("</h1>")
                .append("<div class=\"sub\">Run ").append(r.runId()).append(", attempt ").append(r.attempt())
                .append(", status ").append(Html.escape(r.status())).append(", as of ")
                .append(Instant.ofEpochMilli(r.asOfMillis())).append(", rules ")
                .append(Html.escape(r.rulesVersion())).append("</div>");
        h.append("<div class=\"cards\">")
                .append(card(r.violations(), "violations seen")).append(card(r.newViolations(), "new tonight"))
                .append(card(r.interactions(), "interactions evaluated")).append(card(r.customers(), "customers"))
                .append(card(r.read(), "lines read")).append(card(r.evaluated(), "events accepted"))
                .append(card(r.duplicates(), "duplicates")).append(card(r.rejected(), "rejected lines"))
                .append("</div>");
        h.append("<section><h2>Violations over the last ").append(d.trend().size()).append(" nights</h2>")
                .append(legend()).append(Svg.trend(d.trend())).append("</section>");
        h.append("<div class=\"grid\"><section><h2>By severity</h2>")
                .append(Svg.bars(bySeverityOrder(d.bySeverity()), Svg.SEVERITY_COLORS, ""))
                .append("</section><section><h2>By policy</h2>").append(Svg.bars(d.byPolicy(), Map.of(), ""))
                .append("</section></div>");
        h.append("<section><h2>By code</h2>").append(Svg.bars(d.byCode(), Map.of(), "")).append("</section>");
        h.append("<div class=\"grid\"><section><h2>Slowest queues (average first response, opened tonight)</h2>")
                .append(Svg.bars(hours(d.slowestQueues()), Map.of(), " h"))
                .append("</section><section><h2>Slowest agents (average first response)</h2>")
                .append(Svg.bars(hours(d.slowestAgents()), Map.of(), " h")).append("</section></div>");
        h.append(fairness(d.groupRates(), d));
        h.append(rejects(d.rejects(), r.rejected()));
        h.append("<p class=\"muted\">Protected attributes appear only as group-level rates. ")
                .append(r.violationDetailKept() ? "CSV export: violations.csv."
                        : "The list of this night's violations is no longer stored (kept for"
                        + " evaluator.batch.run-detail-retention); the violations.csv written beside this report"
                        + " that night holds it.").append("</p>");
        return h.append("</main></body></html>").toString();
    }

    private static String card(long n, String label) {
        return "<div class=\"card\"><b>" + Svg.number(n) + "</b><span>" + label + "</span></div>";
    }

    private static String legend() {
        StringBuilder b = new StringBuilder("<div class=\"legend\">");
        Svg.SEVERITIES.forEach(s -> b.append("<span><i style=\"background:").append(Svg.SEVERITY_COLORS.get(s))
                .append("\"></i>").append(s).append("</span>"));
        return b.append("</div>").toString();
    }

    private static Map<String, Long> bySeverityOrder(Map<String, Long> counts) {
        Map<String, Long> ordered = new LinkedHashMap<>();
        Svg.SEVERITIES.forEach(s -> {
            if (counts.containsKey(s)) {
                ordered.put(s, counts.get(s));
            }
        });
        return ordered;
    }

    private static Map<String, Double> hours(List<ResponseTimes> times) {
        Map<String, Double> hours = new LinkedHashMap<>();
        times.forEach(t -> hours.put(t.key() + " (" + t.responses() + ")", t.averageMillis() / 3_600_000.0));
        return hours;
    }

    /**
     * Per group: counts, rate, the ratio to its attribute's reference, the test FAIR-003 used, its raw and
     * adjusted p-value, a 95 % confidence interval of the ratio, and the excess refusals (refused beyond what
     * the reference's rate would give: x_g − n_g · rate_ref).
     */
    private static String fairness(List<GroupRefusalRate> rates, ReportData d) {
        StringBuilder h = new StringBuilder("<section><h2>Refusal rates by protected attribute (fairness window)</h2>");
        if (rates.isEmpty()) {
            return h.append("<p class=\"none\">No customers file with protected attributes yet.</p></section>").toString();
        }
        double maxRate = rates.stream().mapToDouble(GroupRefusalRate::getRate).max().orElse(0);
        h.append("<table><tr><th>attribute</th><th>group</th><th>interactions</th><th>refused</th><th>rate</th>")
                .append("<th>vs reference</th><th>95 % CI</th><th>excess refusals</th><th>test</th><th>p</th>")
                .append("<th>adjusted p</th><th>FAIR-003</th></tr>");
        for (GroupRefusalRate g : rates) {
            boolean flagged = d.flagged().contains(g.getSubject());
            h.append("<tr><td>").append(Html.escape(g.getAttribute())).append("</td><td>").append(Html.escape(g.getGroup()))
                    .append(g.getInteractions() < d.minGroupSize() ? " <span class=\"muted\">(too small)</span>" : "")
                    .append("</td><td class=\"n\">").append(g.getInteractions()).append("</td><td class=\"n\">")
                    .append(g.getRefused()).append("</td><td><span class=\"rate\" style=\"width:")
                    .append(maxRate == 0 ? 0 : (int) (g.getRate() / maxRate * 80)).append("px\"></span> ")
                    .append(String.format(Locale.ROOT, "%.1f%%", g.getRate() * 100)).append("</td>")
                    .append(tested(g)).append("<td>")
                    .append(flagged ? "<span class=\"flag\">disparate</span>" : "<span class=\"ok\">—</span>")
                    .append("</td></tr>");
        }
        return h.append("</table></section>").toString();
    }

    private static String tested(GroupRefusalRate g) {
        if (g.isReference()) {
            return "<td><span class=\"muted\">reference</span></td><td></td><td></td><td></td><td></td><td></td>";
        }
        if (!g.isTested()) {
            return "<td></td><td></td><td></td><td></td><td></td><td></td>";
        }
        double[] ci = Statistics.rateRatioInterval(g.getRefused(), g.getInteractions(), g.getReferenceRefused(),
                g.getReferenceInteractions());
        String ratio = g.getReferenceRefused() == 0 ? "—" : String.format(Locale.ROOT, "%.2f×", g.getRate() / g.getReferenceRate());
        double excess = g.getRefused() - g.getInteractions() * g.getReferenceRate();
        return "<td>" + ratio + "</td><td>" + String.format(Locale.ROOT, "%.2f–%.2f", ci[0], ci[1]) + "</td><td class=\"n\">"
                + String.format(Locale.ROOT, "%.1f", excess) + "</td><td>" + Html.escape(g.getTestName())
                + "</td><td class=\"n\">" + String.format(Locale.ROOT, "%.3g", g.getPValue()) + "</td><td class=\"n\">"
                + String.format(Locale.ROOT, "%.3g", g.getAdjustedPValue()) + " <span class=\"muted\">(" + g.getCorrection()
                + ", m = " + g.getTests() + ")</span></td>";
    }

    private static String rejects(List<RejectedLine> rejects, long total) {
        if (rejects.isEmpty()) {
            return "";
        }
        StringBuilder h = new StringBuilder("<section><h2>Rejected lines (").append(total)
                .append(" event lines; first ").append(rejects.size()).append(" shown)</h2><table>")
                .append("<tr><th>file</th><th>line</th><th>reason</th></tr>");
        rejects.forEach(r -> h.append("<tr><td>").append(Html.escape(r.source())).append("</td><td class=\"n\">")
                .append(r.line()).append("</td><td>").append(Html.escape(r.reason())).append("</td></tr>"));
        return h.append("</table></section>").toString();
    }
}
