package com.servicepolicy.evaluator.cli;

import com.servicepolicy.evaluator.engine.EvaluationLimits;
import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.evaluation.HeldLog;
import com.servicepolicy.evaluator.evaluation.LogEvaluation;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.explain.Explainer;
import com.servicepolicy.evaluator.explain.ExplanationText;
import com.servicepolicy.evaluator.explain.InteractionExplanation;
import com.servicepolicy.evaluator.ingest.InputFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code explain}: why one interaction was (or was not) judged a violation, like {@code opa eval --explain}. */
@Command(name = "explain", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Explains one interaction: its timeline, every clock against its target, each rule that fired",
                "with the facts it matched, and for each rule that did not fire, what held it back."})
final class ExplainCommand implements Callable<Integer> {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Spec
    CommandSpec spec;

    @Mixin
    LogInput input;

    @Option(names = "--interaction", required = true, paramLabel = "ID", description = "The interactionId to explain.")
    String interaction;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new ParameterException(spec.commandLine(), "--format must be text or json, not '" + format + "'");
        }
        PrintWriter err = spec.commandLine().getErr();
        RuleSet ruleSet = RulesOption.load(input.rules.source(err), err);
        if (ruleSet == null) {
            return EvaluatorCommand.IO_ERROR;
        }
        HeldLog log;
        try (InputReport report = InputReport.toStderr(err)) {
            log = new LogEvaluation(EvaluationLimits.DEFAULTS).read(input.request(), report);
        } catch (InputFileException e) {
            err.println("error: " + e.getMessage());
            return EvaluatorCommand.IO_ERROR;
        }
        List<Event> events = log.events();
        if (events.stream().noneMatch(e -> interaction.equals(e.getInteractionId()))) {
            err.println("error: no event of interaction '" + interaction + "' in " + input.events);
            err.flush();
            return EvaluatorCommand.IO_ERROR;
        }
        Instant asOf = input.asOf != null ? input.asOf : log.defaultAsOf();
        InteractionExplanation x = new Explainer(ruleSet).explain(events, log.customers(), asOf, interaction);
        PrintWriter out = spec.commandLine().getOut();
        out.print(format.equals("json") ? JSON.writeValueAsString(x) + "\n" : ExplanationText.format(x));
        out.flush();
        err.flush();
        return EvaluatorCommand.OK;
    }
}
