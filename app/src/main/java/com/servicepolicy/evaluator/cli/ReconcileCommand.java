package com.servicepolicy.evaluator.cli;

import com.servicepolicy.evaluator.engine.EvaluationLimits;
import com.servicepolicy.evaluator.engine.EvaluationResult;
import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.evaluation.HeldLog;
import com.servicepolicy.evaluator.evaluation.LogEvaluation;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.importers.servicenow.MadeSlaReconciliation;
import com.servicepolicy.evaluator.ingest.EventInput;
import com.servicepolicy.evaluator.ingest.InputFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code reconcile}: evaluates a ServiceNow incident audit log and compares RESP-003 with the source's own {@code made_sla}
 * (docs/importers/servicenow.md), one line per incident where they disagree.
 */
@Command(name = "reconcile", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Evaluates ServiceNow incident audit logs (--events servicenow:FILE) and lists the incidents where",
                "RESP-003 (resolution late) and ServiceNow's made_sla disagree. The first stdout line counts them."})
final class ReconcileCommand implements java.util.concurrent.Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    LogInput input;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        RuleSet ruleSet = RulesOption.load(input.rules.source(err), err);
        if (ruleSet == null) {
            return EvaluatorCommand.IO_ERROR;
        }
        Map<String, Boolean> madeSla = new HashMap<>();
        HeldLog log;
        try (InputReport report = InputReport.toStderr(err)) {
            for (String spec : input.events) {
                EventInput in = EventInput.parse(spec);
                if (!in.source().name().equals("servicenow")) {
                    err.println("error: " + spec + " is not a ServiceNow audit log: give it as servicenow:FILE");
                    return EvaluatorCommand.USAGE;
                }
                madeSla.putAll(MadeSlaReconciliation.madeSla(in.file()));
            }
            log = new LogEvaluation(EvaluationLimits.DEFAULTS).read(input.request(), report);
        } catch (InputFileException e) {
            err.println("error: " + e.getMessage());
            return EvaluatorCommand.IO_ERROR;
        }
        Instant asOf = input.asOf != null ? input.asOf : log.defaultAsOf();
        Set<String> evaluated = log.events().stream().map(Event::getInteractionId).collect(Collectors.toSet());
        EvaluationResult result = new LogEvaluation(EvaluationLimits.DEFAULTS).evaluate(ruleSet, log, asOf, false); // empties the log
        PrintWriter out = spec.commandLine().getOut();
        MadeSlaReconciliation.of(madeSla, result.violations(), evaluated).lines().forEach(out::println);
        out.flush();
        err.flush();
        return EvaluatorCommand.OK;
    }
}
