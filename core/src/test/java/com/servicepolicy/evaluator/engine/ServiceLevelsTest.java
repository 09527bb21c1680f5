package com.servicepolicy.evaluator.engine;

import com.servicepolicy.evaluator.event.Channel;
import com.servicepolicy.evaluator.event.Customer;
import com.servicepolicy.evaluator.event.EventType;
import com.servicepolicy.evaluator.event.Priority;
import com.servicepolicy.evaluator.event.Status;
import com.servicepolicy.evaluator.policy.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Service-level policies chosen by condition, their targets, pauses and calendars, as settings.yaml gives them. */
class ServiceLevelsTest {
    private static final String POLICIES = """
            serviceLevels:
              - name: vip-chat
                when: { channel: [CHAT], priority: [HIGH, URGENT], customer: { tier: [gold] } }
                targets: { HIGH: { response: 30m } }
                pausedStatuses: { FIRST_RESPONSE: [PENDING] }
              - name: night-desk
                when: { queue: [night] }
                calendar: nights
            calendars:
              nights:
                zone: UTC
                days: [MON, TUE, WED, THU, FRI, SAT, SUN]
                hours: [22:00-02:00, 03:00-06:00]
            """;

    @Test
    void theFirstMatchingPolicyGivesTheTargetAndTheViolationNamesIt(@TempDir Path dir) throws Exception {
        RuleSet rules = rules(dir);
        var log = new Events().opened("0h", Priority.HIGH, com.servicepolicy.evaluator.event.Category.SUPPORT)
                .add(EventType.AGENT_REPLY, "31m").list();
        List<Violation> gold = evaluate(rules, withChannel(log), "gold");
        List<Violation> silver = evaluate(rules, withChannel(log), "silver");

        assertThat(gold).extracting(Violation::code, Violation::serviceLevel).containsExactly(
                org.assertj.core.groups.Tuple.tuple("RESP-001", "vip-chat"));
        assertThat(silver).as("no policy matches: the settings' table (4h)").isEmpty();
    }

    @Test
    void aPolicyPausesWhatItSaysAndFallsBackToTheTableForTheRest(@TempDir Path dir) throws Exception {
        RuleSet rules = rules(dir);
        var log = new Events().opened("0h", Priority.HIGH)
                .add(EventType.STATUS_CHANGED, "10m", b -> b.status(Status.PENDING))
                .add(EventType.STATUS_CHANGED, "40m", b -> b.status(Status.OPEN))
                .add(EventType.AGENT_REPLY, "50m").list();

        assertThat(evaluate(rules, withChannel(log), "gold")).as("20m active of its 30m").isEmpty();
        assertThat(evaluate(rules, withChannel(log), "gold")).isEmpty();
        assertThat(RuleSetLoader.load(dir).settings().serviceLevels().get(0).resolutionTarget(Priority.HIGH))
                .as("its own table says nothing of resolution: 72h").isEqualTo(72 * 3_600_000L);
    }

    @Test
    void aCalendarWithRangesAcrossMidnightCountsOnlyThoseHours(@TempDir Path dir) throws Exception {
        RuleSet rules = rules(dir);
        // opened Monday 2026-03-02 21:00Z (Events.START is 09:00Z); reply Tuesday 04:00Z: 22-02 and 03-04 = 5h working
        var log = new Events().opened("12h", Priority.HIGH).add(EventType.AGENT_REPLY, "19h").list().stream()
                .map(e -> e.getType() == EventType.OPENED ? copyWithQueue(e, "night") : e).toList();
        List<Violation> found = new Evaluator(rules).evaluate(log, List.of(), Events.at("19h")).violations();

        assertThat(found).extracting(Violation::code, Violation::measured).containsExactly(
                org.assertj.core.groups.Tuple.tuple("RESP-001", 5.0));
    }

    @Test
    void unknownConditionsCalendarsAndStatusesAreReportedByKey(@TempDir Path dir) throws Exception {
        copyRules(dir);
        append(dir, """
                serviceLevels:
                  - name: broken
                    when: { colour: [red], priority: [SOON] }
                    calendar: nowhere
                    pausedStatuses: { RESOLUTION: [ASLEEP] }
                """);
        assertThatThrownBy(() -> RuleSetLoader.load(dir)).isInstanceOf(RuleSetException.class)
                .hasMessageContaining("serviceLevels.0.when.colour: unknown condition")
                .hasMessageContaining("unknown priority 'SOON'")
                .hasMessageContaining("no calendar 'nowhere'")
                .hasMessageContaining("unknown value 'ASLEEP'");
    }

    @Test
    void holidaysComeFromAnICalendarFileBesideTheSettings(@TempDir Path dir) throws Exception {
        copyRules(dir);
        Files.writeString(dir.resolve("holidays.ics"), IcsHolidaysTest.ICS);
        append(dir, """
                calendars:
                  responsiveness:
                    zone: UTC
                    days: [MON, TUE, WED, THU, FRI]
                    hours: 09:00-17:00
                    holidaysFile: holidays.ics
                """);
        RuleSet rules = RuleSetLoader.load(dir);
        // opened Thursday 2026-05-14 09:00Z (a holiday, and Friday too), answered Monday 12:00Z: 3 working hours;
        // without the file it would be 8 + 8 + 3 = 19 hours, past the 4h of HIGH priority
        var log = new Events().opened("1752h", Priority.HIGH).add(EventType.AGENT_REPLY, "1851h").list();

        assertThat(new Evaluator(rules).evaluate(log, List.of(), Events.at("1851h")).violations()).isEmpty();
        assertThat(rules.version()).isNotEqualTo(RuleSetLoader.load(Path.of("rules")).version());
    }

    private static com.servicepolicy.evaluator.event.Event copyWithQueue(com.servicepolicy.evaluator.event.Event e, String queue) {
        return com.servicepolicy.evaluator.event.Event.builder().eventId(e.getEventId()).type(e.getType()).atMillis(e.getAt())
                .customerId(e.getCustomerId()).interactionId(e.getInteractionId()).priority(e.getPriority())
                .category(e.getCategory()).queue(queue).sequence(e.getSequence()).build();
    }

    private static List<com.servicepolicy.evaluator.event.Event> withChannel(List<com.servicepolicy.evaluator.event.Event> log) {
        return log.stream().map(e -> e.getType() != EventType.OPENED ? e : com.servicepolicy.evaluator.event.Event.builder()
                .eventId(e.getEventId()).type(e.getType()).atMillis(e.getAt()).customerId(e.getCustomerId())
                .interactionId(e.getInteractionId()).priority(e.getPriority()).category(e.getCategory())
                .channel(Channel.CHAT).sequence(e.getSequence()).build()).toList();
    }

    private static List<Violation> evaluate(RuleSet rules, List<com.servicepolicy.evaluator.event.Event> log, String tier) {
        return new Evaluator(rules).evaluate(log, List.of(new Customer("C1", Map.of("tier", tier))),
                Events.at("1h")).violations();
    }

    private static RuleSet rules(Path dir) throws Exception {
        copyRules(dir);
        append(dir, POLICIES);
        return RuleSetLoader.load(dir);
    }

    /** Replaces the empty serviceLevels and calendars of the shipped settings with the text's. */
    private static void append(Path dir, String yaml) throws IOException {
        Path settings = dir.resolve("settings.yaml");
        String text = Files.readString(settings).replace("serviceLevels: []", "").replace("calendars: {}", "");
        Files.writeString(settings, text + "\n" + yaml);
    }

    private static void copyRules(Path target) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path f : files.toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        }
    }
}
