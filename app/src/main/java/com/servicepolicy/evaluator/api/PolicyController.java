package com.servicepolicy.evaluator.api;

import com.servicepolicy.evaluator.engine.RuleSet;
import com.servicepolicy.evaluator.policy.RuleInfo;
import com.servicepolicy.evaluator.service.ReloadOutcome;
import com.servicepolicy.evaluator.service.RuleSetHolder;
import com.servicepolicy.evaluator.service.RuleValidator;
import com.servicepolicy.evaluator.service.RulesStatus;
import com.servicepolicy.evaluator.service.ServiceSettings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The serving rule sets: read them, check a proposed file, reload the directory, see its status. */
@RestController
@RequestMapping("/api/v1/policies")
@Tag(name = "policies", description = "The rules in service, their validation and reloading")
class PolicyController {
    /** As Spring's converter read it: fields of other clients' versions are ignored. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private final RuleSetHolder holder;
    private final RuleValidator validator;
    private final ServiceSettings settings;

    PolicyController(RuleSetHolder holder, RuleValidator validator, ServiceSettings settings) {
        this.holder = holder;
        this.validator = validator;
        this.settings = settings;
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
    PolicyViews.ValidationView validateText(HttpServletRequest request, @RequestParam(required = false) String fileName)
            throws IOException {
        return validate(fileName, new String(body(request), charset(request)));
    }

    /** JSON form: {@code {"fileName": "...", "drl": "..."}}. */
    record ProposedFile(String fileName, String drl) {
    }

    @Operation(summary = "Compile DRL given as {\"fileName\", \"drl\"} against the serving rules",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = ProposedFile.class))))
    @PostMapping(path = "/validate", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    PolicyViews.ValidationView validateJson(HttpServletRequest request) throws IOException {
        ProposedFile file = proposedFile(body(request));
        if (file.drl() == null) {
            throw new InvalidRequestException("nothing to validate",
                    List.of(InvalidItem.ofField("drl", "missing: the DRL text")));
        }
        return validate(file.fileName(), file.drl());
    }

    /**
     * The body, within {@code evaluator.max-body-size} like an evaluation's (413 above it): read whole into a String,
     * a body of any size could exhaust the heap, and this endpoint is the one an author who may not publish has.
     */
    private byte[] body(HttpServletRequest request) throws IOException {
        return BoundedBody.read(request, settings.maxBodyBytes(), "validate one file at a time");
    }

    private static Charset charset(HttpServletRequest request) {
        try {
            return request.getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(request.getCharacterEncoding());
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("unknown charset", List.of(InvalidItem.ofField("charset", e.getMessage())));
        }
    }

    private static ProposedFile proposedFile(byte[] body) {
        try {
            ProposedFile file = JSON.readValue(body, ProposedFile.class);
            if (file == null) {
                throw new InvalidRequestException("nothing to validate", List.of(InvalidItem.ofField("drl", "missing: the DRL text")));
            }
            return file;
        } catch (JacksonException e) {
            String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
            throw new InvalidRequestException("the request body is not valid JSON",
                    List.of(new InvalidItem("", null, null, null, null, "not valid JSON: " + message)));
        }
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
