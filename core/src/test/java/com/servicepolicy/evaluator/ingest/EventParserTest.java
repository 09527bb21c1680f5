package com.servicepolicy.evaluator.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.servicepolicy.evaluator.event.Category;
import com.servicepolicy.evaluator.event.Channel;
import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.event.Priority;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class EventParserTest {

    private static Map<String, String> row(String type) {
        Map<String, String> m = new HashMap<>();
        m.put("eventId", "e1");
        m.put("type", type);
        m.put("at", "2026-03-20T08:23:48Z");
        m.put("customerId", "c1");
        m.put("interactionId", "i1");
        return m;
    }

    private static ParseResult json(String line) {
        byte[] b = ("  " + line).getBytes(StandardCharsets.UTF_8);
        return EventParser.parseJsonLine(b, 2, b.length - 2, 7);
    }

    @Test
    void validOpenedGetsDefaultsAndAllFields() {
        Map<String, String> m = row("OPENED");
        m.put("channel", "CHAT");
        m.put("topic", "billing");
        ParseResult r = EventParser.parse(m, 42);
        assertThat(r.isValid()).isTrue();
        Event e = r.event();
        assertThat(e.getEventId()).isEqualTo("e1");
        assertThat(e.getType()).isEqualTo(EventType.OPENED);
        assertThat(e.instant()).isEqualTo(Instant.parse("2026-03-20T08:23:48Z"));
        assertThat(e.getChannel()).isEqualTo(Channel.CHAT);
        assertThat(e.getPriority()).isEqualTo(Priority.NORMAL);
        assertThat(e.getCategory()).isEqualTo(Category.OTHER);
        assertThat(e.getTopic()).isEqualTo("billing");
        assertThat(e.getSequence()).isEqualTo(42);
    }

    @Test
    void jsonLineWithEveryField() {
        ParseResult r = json("{\"eventId\":\"e9\",\"type\":\"CALLBACK_PROMISED\",\"at\":\"2026-03-20T10:00:00+02:00\","
                + "\"customerId\":\"c1\",\"interactionId\":\"i1\",\"channel\":\"PHONE\",\"priority\":\"HIGH\","
                + "\"category\":\"COMPLAINT\",\"topic\":\"t\",\"agentId\":\"a\",\"reasonCode\":\"R\",\"reasonText\":\"x\","
                + "\"dueAt\":\"2026-03-21T10:00:00.250Z\",\"rating\":4,\"extra\":{\"nested\":[1,2]}}");
        assertThat(r.errors()).isEmpty();
        Event e = r.event();
        assertThat(e.instant()).isEqualTo(Instant.parse("2026-03-20T08:00:00Z"));
        assertThat(e.getDueAt()).isEqualTo(Instant.parse("2026-03-21T10:00:00.250Z").toEpochMilli());
        assertThat(e.getPriority()).isEqualTo(Priority.HIGH);
        assertThat(e.getCategory()).isEqualTo(Category.COMPLAINT);
        assertThat(e.getRating()).isEqualTo(4);
        assertThat(e.getAgentId()).isEqualTo("a");
        assertThat(e.getReasonCode()).isEqualTo("R");
        assertThat(e.getReasonText()).isEqualTo("x");
        assertThat(e.getSequence()).isEqualTo(7);
    }

    @Test
    void refusedWithoutReasonCodeOrAgentIsValidSoFair001CanJudgeIt() {
        assertThat(EventParser.parse(row("REFUSED"), 1).isValid()).isTrue();
    }

    @Test
    void nonOpenedEventsGetNoPriorityOrCategoryDefault() {
        Event e = EventParser.parse(row("AGENT_REPLY"), 1).event();
        assertThat(e.getPriority()).isNull();
        assertThat(e.getCategory()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"eventId", "type", "at", "customerId", "interactionId"})
    void eachRequiredFieldMissing(String field) {
        Map<String, String> m = row("OPENED");
        m.remove(field);
        ParseResult r = EventParser.parse(m, 1);
        assertThat(r.isValid()).isFalse();
        assertThat(r.errors()).extracting(FieldError::field).containsExactly(field);
    }

    @Test
    void emptyStringIsAbsent() {
        Map<String, String> m = row("OPENED");
        m.put("customerId", "");
        m.put("channel", "");
        ParseResult r = EventParser.parse(m, 1);
        assertThat(r.errors()).containsExactly(new FieldError("customerId", "missing"));
    }

    @Test
    void collectsAllErrorsOfARecordAndKeepsTheEventId() {
        Map<String, String> m = row("CALLBACK_PROMISED");
        m.remove("customerId");
        m.put("at", "2026-03-20T08:23:48");
        m.put("channel", "FAX");
        m.put("rating", "9");
        ParseResult r = EventParser.parse(m, 1);
        assertThat(r.eventId()).isEqualTo("e1");
        assertThat(r.errors()).extracting(FieldError::field, FieldError::reason).containsExactly(
                tuple("at", "time without offset"),
                tuple("customerId", "missing"),
                tuple("channel", "unknown value 'FAX' (expected one of EMAIL, CHAT, PHONE, SOCIAL, WEB, IN_PERSON)"),
                tuple("dueAt", "required on CALLBACK_PROMISED"),
                tuple("rating", "must be an integer from 1 to 5, got '9'"));
    }

    @Test
    void unknownTypeIsAnErrorAndTypeDependentRulesAreSkipped() {
        Map<String, String> m = row("opened");
        m.remove("interactionId");
        ParseResult r = EventParser.parse(m, 1);
        assertThat(r.errors()).singleElement().satisfies(err -> {
            assertThat(err.field()).isEqualTo("type");
            assertThat(err.reason()).startsWith("unknown value 'opened'");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"priority", "category", "channel"})
    void unknownEnumValues(String field) {
        Map<String, String> m = row("OPENED");
        m.put(field, "SOMETIMES");
        assertThat(EventParser.parse(m, 1).errors()).extracting(FieldError::field).containsExactly(field);
    }

    @Test
    void timeWithoutOffsetAndUnparseableTime() {
        Map<String, String> m = row("CALLBACK_PROMISED");
        m.put("at", "2026-03-20T08:23:48");
        m.put("dueAt", "tomorrow");
        assertThat(EventParser.parse(m, 1).errors()).containsExactly(
                new FieldError("at", "time without offset"),
                new FieldError("dueAt", "not an ISO-8601 time with offset: 'tomorrow'"));
    }

    @Test
    void callbackWithoutDueAt() {
        assertThat(EventParser.parse(row("CALLBACK_PROMISED"), 1).errors())
                .containsExactly(new FieldError("dueAt", "required on CALLBACK_PROMISED"));
    }

    @Test
    void reviewNeedsRatingButNoInteraction() {
        Map<String, String> m = row("REVIEW_POSTED");
        m.remove("interactionId");
        assertThat(EventParser.parse(m, 1).errors())
                .containsExactly(new FieldError("rating", "required on REVIEW_POSTED"));
        m.put("rating", "2");
        assertThat(EventParser.parse(m, 1).event().getRating()).isEqualTo(2);
    }

    @Test
    void interactionRequiredOnNonReview() {
        Map<String, String> m = row("AGENT_REPLY");
        m.remove("interactionId");
        assertThat(EventParser.parse(m, 1).errors())
                .containsExactly(new FieldError("interactionId", "required except on REVIEW_POSTED"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "6", "-1", "4.5", "five", "05", " 5"})
    void ratingOutOfRangeOrNotAnIntegerIsAnErrorOnAnyType(String rating) {
        Map<String, String> m = row("AGENT_REPLY");
        m.put("rating", rating);
        assertThat(EventParser.parse(m, 1).errors()).extracting(FieldError::field).containsExactly("rating");
    }

    @Test
    void wrongJsonTypesAreErrors() {
        ParseResult r = json("{\"eventId\":{},\"type\":\"REVIEW_POSTED\",\"at\":\"2026-03-20T08:23:48Z\","
                + "\"customerId\":42,\"rating\":\"five\",\"topic\":[\"a\"],\"agentId\":true}");
        assertThat(r.errors()).containsExactly(
                new FieldError("eventId", "expected a string, got an object"),
                new FieldError("customerId", "expected a string, got a number"),
                new FieldError("rating", "expected a number, got a string"),
                new FieldError("topic", "expected a string, got an array"),
                new FieldError("agentId", "expected a string, got a boolean"));
    }

    @Test
    void jsonRatingMustBeAnIntegralNumber() {
        String base = "{\"eventId\":\"e\",\"type\":\"REVIEW_POSTED\",\"at\":\"2026-03-20T08:23:48Z\",\"customerId\":\"c\",\"rating\":";
        assertThat(json(base + "5}").event().getRating()).isEqualTo(5);
        assertThat(json(base + "5.0}").errors()).containsExactly(
                new FieldError("rating", "must be an integer from 1 to 5, got '5.0'"));
        assertThat(json(base + "\"5\"}").errors()).extracting(FieldError::field).containsExactly("rating");
    }

    @Test
    void jsonNullAndEmptyStringAreAbsentAndUnknownFieldsIgnored() {
        ParseResult r = json("{\"eventId\":\"e\",\"type\":\"OPENED\",\"at\":\"2026-03-20T08:23:48Z\",\"customerId\":\"c\","
                + "\"interactionId\":\"i\",\"channel\":null,\"priority\":\"\",\"Channel\":\"nonsense\",\"x\":[{}]}");
        assertThat(r.errors()).isEmpty();
        assertThat(r.event().getChannel()).isNull();
        assertThat(r.event().getPriority()).isEqualTo(Priority.NORMAL);
    }

    @Test
    void fieldNamesAreCaseSensitive() {
        ParseResult r = json("{\"EventId\":\"e\",\"type\":\"OPENED\",\"at\":\"2026-03-20T08:23:48Z\",\"customerId\":\"c\",\"interactionId\":\"i\"}");
        assertThat(r.errors()).containsExactly(new FieldError("eventId", "missing"));
    }

    @Test
    void repeatedKeyIsAnError() {
        ParseResult r = json("{\"eventId\":\"e\",\"eventId\":\"f\",\"type\":\"OPENED\",\"at\":\"2026-03-20T08:23:48Z\",\"customerId\":\"c\",\"interactionId\":\"i\"}");
        assertThat(r.errors()).containsExactly(new FieldError("eventId", "given more than once"));
    }

    @Test
    void wholeLineProblemsHaveNoField() {
        assertThat(json("not json").errors()).singleElement()
                .satisfies(e -> assertThat(e.field()).isNull())
                .satisfies(e -> assertThat(e.reason()).startsWith("not valid JSON: "));
        assertThat(json("[1,2]").errors()).containsExactly(FieldError.ofRecord("not a JSON object but an array"));
        assertThat(json("\"x\"").errors()).containsExactly(FieldError.ofRecord("not a JSON object but a string"));
        assertThat(json(TestFiles.OPENED + " {}").errors())
                .containsExactly(FieldError.ofRecord("not valid JSON: more content after the object"));
        assertThat(json("{\"eventId\":\"e5\",\"type\":").eventId()).isEqualTo("e5");
    }

    @Test
    void parsedJsonNodeVariant() {
        var mapper = JsonEventFields.MAPPER;
        assertThat(EventParser.parse(mapper.readTree(TestFiles.OPENED), 3).event().getSequence()).isEqualTo(3);
        ParseResult bad = EventParser.parse(mapper.readTree(
                "{\"eventId\":{},\"type\":\"REVIEW_POSTED\",\"at\":\"2026-03-20T08:23:48Z\",\"customerId\":\"c\",\"rating\":7}"), 1);
        assertThat(bad.errors()).extracting(FieldError::field).containsExactly("eventId", "rating");
        assertThat(EventParser.parse(mapper.readTree("[]"), 1).errors())
                .containsExactly(FieldError.ofRecord("not a JSON object but an array"));
    }
}
