package com.servicepolicy.evaluator.report;

import org.springframework.core.io.ClassPathResource;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a night's report as one self-contained page (the {@code report.html} written beside the night's CSV, and
 * {@code /reports/{runId}}): the same Thymeleaf fragment as the report page of the web workspace, with the style
 * sheet, Chart.js (from its webjar) and the chart script inlined, so the file opens anywhere, offline. An engine of
 * its own, so the batch without a web server renders exactly what the service does.
 */
final class ReportTemplates {
    static final String CHART_JS = "META-INF/resources/webjars/chart.js/4.5.1/dist/chart.umd.min.js";
    private static final SpringTemplateEngine ENGINE = engine();
    private static final String CSS = read("static/css/app.css");
    private static final String SCRIPTS = read(CHART_JS) + "\n" + read("static/js/report-charts.js");

    private ReportTemplates() {
    }

    static String standalone(ReportData data) {
        Context context = new Context(Locale.ROOT, model(data));
        context.setVariable("inlineCss", CSS);
        context.setVariable("inlineScripts", SCRIPTS);
        return ENGINE.process("report/standalone", context);
    }

    /** What the report fragment reads: the data, its charts, and whether violations link to their pages. */
    static Map<String, Object> model(ReportData data) {
        return Map.of("report", data, "charts", ReportCharts.of(data), "links", false);
    }

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    private static String read(String resource) {
        try (var in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
