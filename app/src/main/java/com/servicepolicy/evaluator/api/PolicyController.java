package com.servicepolicy.evaluator.api;

import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.policy.RuleInfo;
import com.servicepolicy.evaluator.service.ReloadOutcome;
import com.servicepolicy.evaluator.service.RuleSetHolder;
import com.servicepolicy.evaluator.service.RuleValidator;
import com.servicepolicy.evaluator.service.RulesStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The serving rule sets: read them, check a proposed file, reload the directory, see its status. */
@RestController
@RequestMapping("/api/v1/policies")
@Tag(name = "policies", description = "The rules in service, their validation and reloading")
class PolicyController {
    private final RuleSetHolder holder;
    private final RuleValidator validator;

    PolicyController(RuleSetHolder holder, RuleValidator validator) {
        this.holder = holder;
        this.validator = validator;
    }

    @Operation(summary = "Every rule set and rule in service, from the DRL metadata")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    PolicyViews.Catalog list() {
        return PolicyViews.catalog(holder.current().ruleSet());
    }

    @Operation(summary = "One rule by its violation code, e.g. RESP-001")
    @GetMapping(path = "/{code}", produces = MediaType.APPLICATION_JSON_VALUE)
    PolicyViews.RuleView rule(@PathVariable String code) {
        RuleSet rs = holder.current().ruleSet();
        RuleInfo rule = rs.ruleByCode(code).orElseThrow(() -> new UnknownPolicyException(code, rs.version()));
        return PolicyViews.rule(rule, rs);
    }

    @Operation(summary = "The version serving and why the newest files were not taken, if they were not")
    @GetMapping(path = "/status", produces = MediaType.APPLICATION_JSON_VALUE)
    RulesStatus status() {
        return holder.status();
    }

    @Operation(summary = "Compile DRL text (or settings.yaml with fileName=settings.yaml) against the serving rules",
            description = "With fileName the text replaces that file among the serving sources; without, it is compiled "
                    + "alone with the serving settings. Nothing is served. 200 with valid=false and the problems when it "
                    + "does not compile.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.TEXT_PLAIN_VALUE, examples = @ExampleObject(value = ApiExamples.DRL))))
    @PostMapping(path = "/validate", consumes = MediaType.TEXT_PLAIN_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    PolicyViews.ValidationView validateText(@RequestBody String drl, @RequestParam(required = false) String fileName) {
        return validate(fileName, drl);
    }

    /** JSON form: {@code {"fileName": "...", "drl": "..."}}. */
    record ProposedFile(String fileName, String drl) {
    }

    @Operation(summary = "Compile DRL given as {\"fileName\", \"drl\"} against the serving rules")
    @PostMapping(path = "/validate", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    PolicyViews.ValidationView validateJson(@RequestBody ProposedFile file) {
        if (file.drl() == null) {
            throw new InvalidRequestException("nothing to validate",
                    java.util.List.of(InvalidItem.ofField("drl", "missing: the DRL text")));
        }
        return validate(file.fileName(), file.drl());
    }

    private PolicyViews.ValidationView validate(String fileName, String text) {
        RuleValidator.Validation v = validator.validate(fileName == null || fileName.isBlank() ? null : fileName, text);
        return new PolicyViews.ValidationView(v.valid(), v.problems(), v.codes(),
                v.against());
    }

    @Operation(summary = "Reload the rules directory now (it is also watched); 422 when it does not compile")
    @PostMapping(path = "/reload", produces = MediaType.APPLICATION_JSON_VALUE)
    ReloadOutcome reload() {
        ReloadOutcome outcome = holder.reload();
        if (outcome.kind() == ReloadOutcome.Kind.FAILED) {
            throw new RulesDoNotCompileException(outcome);
        }
        return outcome;
    }

    /** A reload refused because the directory does not compile; answered 422 with the problems. */
    static final class RulesDoNotCompileException extends RuntimeException {
        private final transient ReloadOutcome outcome;

        RulesDoNotCompileException(ReloadOutcome outcome) {
            super("the rules directory does not compile; still serving " + outcome.servingVersion());
            this.outcome = outcome;
        }

        ReloadOutcome outcome() {
            return outcome;
        }
    }
}
