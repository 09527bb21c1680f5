package com.servicepolicy.evaluator.engine;

import com.servicepolicy.evaluator.policy.BusinessCalendar;
import tools.jackson.databind.JsonNode;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code calendars:} of settings.yaml: business calendars by name. A calendar named after a policy
 * family (responsiveness, non-discrimination, follow-up) counts that family's clocks; a service-level
 * policy may name any calendar for its clocks.
 * <pre>
 * calendars:
 *   office:
 *     zone: Europe/Paris
 *     days: [MON, TUE, WED, THU, FRI]
 *     hours: [08:00-12:00, 13:00-17:00]   # one range or a list; 22:00-06:00 crosses midnight
 *     holidays: [2026-12-25]
 *     holidaysFile: holidays.ics          # an iCalendar file beside settings.yaml
 * </pre>
 */
final class CalendarSettings {
    private static final Map<String, DayOfWeek> DAY_NAMES = Map.of("MON", DayOfWeek.MONDAY, "TUE", DayOfWeek.TUESDAY,
            "WED", DayOfWeek.WEDNESDAY, "THU", DayOfWeek.THURSDAY, "FRI", DayOfWeek.FRIDAY,
            "SAT", DayOfWeek.SATURDAY, "SUN", DayOfWeek.SUNDAY);

    private final SettingsParser parser;
    private final Map<String, String> resources;

    CalendarSettings(SettingsParser parser, Map<String, String> resources) {
        this.parser = parser;
        this.resources = resources;
    }

    Map<String, BusinessCalendar> read(JsonNode node) {
        Map<String, BusinessCalendar> out = new LinkedHashMap<>();
        node.properties().forEach(e -> {
            String key = "calendars." + e.getKey();
            try {
                out.put(e.getKey(), calendar(e.getValue(), key));
            } catch (RuntimeException ex) {
                parser.problem(key, ex.getMessage());
            }
        });
        return out;
    }

    private BusinessCalendar calendar(JsonNode c, String key) {
        ZoneId zone = ZoneId.of(c.path("zone").asString("UTC"));
        Set<DayOfWeek> days = new LinkedHashSet<>();
        for (String d : parser.strings(c, key + ".", "days")) {
            days.add(DAY_NAMES.get(d));
        }
        if (days.contains(null) || days.isEmpty()) {
            throw new IllegalArgumentException("days must be a non-empty list of MON, TUE, WED, THU, FRI, SAT, SUN");
        }
        Set<LocalDate> holidays = new LinkedHashSet<>();
        c.path("holidays").forEach(h -> holidays.add(LocalDate.parse(h.asString())));
        JsonNode file = c.path("holidaysFile");
        if (!file.isMissingNode() && !file.isNull()) {
            String text = resources.get(file.asString());
            if (text == null) {
                throw new IllegalArgumentException("holidaysFile '" + file.asString()
                        + "' is not a file of the rules directory (an .ics file beside settings.yaml)");
            }
            try {
                holidays.addAll(IcsHolidays.read(text, zone));
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException(file.asString() + ": " + ex.getMessage());
            }
        }
        return new BusinessCalendar(zone, days, ranges(c.path("hours")), holidays);
    }

    private static List<BusinessCalendar.Range> ranges(JsonNode hours) {
        List<String> texts = new ArrayList<>();
        if (hours.isArray()) {
            hours.forEach(h -> texts.add(h.asString()));
        } else if (!hours.isMissingNode() && !hours.isNull()) {
            texts.add(hours.asString());
        }
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("hours must look like 09:00-17:00, or a list of such ranges");
        }
        List<BusinessCalendar.Range> ranges = new ArrayList<>();
        for (String text : texts) {
            String[] ends = text.split("-");
            if (ends.length != 2) {
                throw new IllegalArgumentException("hours must look like 09:00-17:00, got '" + text + "'");
            }
            ranges.add(new BusinessCalendar.Range(LocalTime.parse(ends[0].trim()), LocalTime.parse(ends[1].trim())));
        }
        return ranges;
    }
}
