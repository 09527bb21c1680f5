package com.servicepolicy.evaluator.cli;

import com.servicepolicy.evaluator.engine.Evaluator;
import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.explain.Explainer;
import com.servicepolicy.evaluator.explain.ExplanationText;
import com.servicepolicy.evaluator.explain.InteractionExplanation;
import com.servicepolicy.evaluator.ingest.CustomerFileReader;
import com.servicepolicy.evaluator.ingest.EventLogReader;
import com.servicepolicy.evaluator.ingest.EventSink;
import com.servicepolicy.evaluator.ingest.InputFileException;
import com.servicepolicy.evaluator.ingest.Rejection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
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

    @Option(names = "--events", required = true, paramLabel = "FILE", description = "Event log (.jsonl or .csv, optionally .gz).")
    Path events;

    @Option(names = "--customers", paramLabel = "FILE", description = "Customers file with protected attributes.")
    Path customers;

    @Option(names = "--interaction", required = true, paramLabel = "ID", description = "The interactionId to explain.")
    String interaction;

    @Option(names = "--as-of", paramLabel = "INSTANT", converter = InstantConverter.class,
            description = "Moment of evaluation. Default: the latest event time in the log.")
    Instant asOf;

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules", description = "Rules directory (default: ${DEFAULT-VALUE}).")
    Path rules;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new ParameterException(spec.commandLine(), "--format must be text or json, not '" + format + "'");
        }
        PrintWriter err = spec.commandLine().getErr();
        RuleSet ruleSet = RulesDir.load(rules, err);
        if (ruleSet == null) {
            return EvaluatorCommand.IO_ERROR;
        }
        List<Event> log = new ArrayList<>();
        Collection<Customer> customerList = List.of();
        try {
            if (customers != null) {
                customerList = CustomerFileReader.readAll(customers, r -> err.println("rejected " + r)).values();
            }
            new EventLogReader().read(events, new EventSink() {
                @Override
                public void accept(Event event) {
                    log.add(event);
                }

                @Override
                public void rejected(Rejection rejection) {
                    err.println("rejected " + rejection);
                }
            });
        } catch (InputFileException e) {
            err.println("error: " + e.getMessage());
            return EvaluatorCommand.IO_ERROR;
        }
        if (log.stream().noneMatch(e -> interaction.equals(e.getInteractionId()))) {
            err.println("error: no event of interaction '" + interaction + "' in " + events);
            err.flush();
            return EvaluatorCommand.IO_ERROR;
        }
        InteractionExplanation x = new Explainer(ruleSet).explain(log, customerList,
                asOf != null ? asOf : Evaluator.latestTime(log), interaction);
        PrintWriter out = spec.commandLine().getOut();
        out.print(format.equals("json") ? JSON.writeValueAsString(x) + "\n" : ExplanationText.format(x));
        out.flush();
        err.flush();
        return EvaluatorCommand.OK;
    }
}
