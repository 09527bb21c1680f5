package com.servicepolicy.evaluator.policy;

import com.servicepolicy.evaluator.event.Category;
import com.servicepolicy.evaluator.event.Channel;
import com.servicepolicy.evaluator.event.Status;
import com.servicepolicy.evaluator.event.Priority;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The thresholds and lists the rules compare against, read from {@code rules/settings.yaml} so
 * that a policy author changes them without touching Java. Rules see it as the global
 * {@code settings}; durations are milliseconds. {@link #custom()} holds author-defined values for
 * new rules.
 */
public final class PolicySettings {
    private final Map<Priority, Long> responseTargets;
    private final Map<Priority, Long> resolutionTargets;
    private final double atRiskFraction;
    private final long followUpWindow;
    private final Set<Category> followUpCategories;
    private final long accommodationAnswerWindow;
    private final Set<String> legitimateDenialReasons;
    private final Set<String> legitimateRefusalReasons;
    private final Set<String> protectedGrounds;
    private final List<String> protectedTerms;
    private final Pattern protectedTermPattern;
    private final long retaliationWindow;
    private final int retaliationMaxRating;
    private final long repeatContactWindow;
    private final int repeatContactMinOthers;
    private final long disparityMinGroupSize;
    private final double disparityRatio;
    private final double disparityMaxPValue;
    private final Map<String, Severity> severityOverrides;
    private final Map<String, String> actions;
    private final Map<String, BusinessCalendar> calendars;
    /** Each clock's family calendar, looked up once: every clock of every evaluation asks for it. */
    private final Map<ClockKind, BusinessCalendar> calendarByKind = new EnumMap<>(ClockKind.class);
    private final CustomSettings custom;
    private final Map<String, Map<Priority, Severity>> severityByPriority;
    private final Map<String, String> texts;
    private final ServiceLevel defaultServiceLevel;
    private final List<ServiceLevel> serviceLevels;
    private final String correction;
    private final ClockTargets clockTargets;
    private final ClockTarget accommodationTarget;
    private final ClockTarget followUpTarget;

    PolicySettings(Builder b) {
        this.responseTargets = new EnumMap<>(b.responseTargets);
        this.resolutionTargets = new EnumMap<>(b.resolutionTargets);
        this.atRiskFraction = b.atRiskFraction;
        this.followUpWindow = b.followUpWindow;
        this.followUpCategories = nullTolerant(b.followUpCategories);
        this.accommodationAnswerWindow = b.accommodationAnswerWindow;
        this.legitimateDenialReasons = nullTolerant(b.legitimateDenialReasons);
        this.legitimateRefusalReasons = nullTolerant(b.legitimateRefusalReasons);
        this.protectedGrounds = nullTolerant(b.protectedGrounds);
        this.protectedTerms = List.copyOf(b.protectedTerms);
        this.protectedTermPattern = termPattern(protectedTerms);
        this.retaliationWindow = b.retaliationWindow;
        this.retaliationMaxRating = b.retaliationMaxRating;
        this.repeatContactWindow = b.repeatContactWindow;
        this.repeatContactMinOthers = b.repeatContactMinOthers;
        this.disparityMinGroupSize = b.disparityMinGroupSize;
        this.disparityRatio = b.disparityRatio;
        this.disparityMaxPValue = b.disparityMaxPValue;
        this.severityOverrides = Map.copyOf(b.severityOverrides);
        this.actions = Map.copyOf(b.actions);
        this.calendars = Map.copyOf(b.calendars);
        for (ClockKind kind : ClockKind.values()) {
            calendarByKind.put(kind, calendarOf(kind.policy()));
        }
        this.custom = new CustomSettings(b.custom);
        this.severityByPriority = Map.copyOf(b.severityByPriority);
        this.texts = Map.copyOf(b.texts);
        this.defaultServiceLevel = new ServiceLevel(ServiceLevel.DEFAULT, ServiceLevelCondition.ALWAYS, responseTargets,
                resolutionTargets, b.pausedStatuses, null);
        this.serviceLevels = List.copyOf(b.serviceLevels);
        this.clockTargets = new ClockTargets(defaultServiceLevel, serviceLevels);
        this.accommodationTarget = new ClockTarget(accommodationAnswerWindow, "accommodation.answerWindow");
        this.followUpTarget = new ClockTarget(followUpWindow, "followUp.window");
        this.correction = b.correction;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Rules test {@code reasonCode memberOf ...} with absent codes; Set.copyOf would throw on null. */
    private static <T> Set<T> nullTolerant(Set<T> values) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(values));
    }

    /** Whole words or phrases, case-insensitive: no letter, digit or underscore may touch a match. */
    private static Pattern termPattern(List<String> terms) {
        if (terms.isEmpty()) {
            return null;
        }
        String alternatives = terms.stream()
                .map(t -> Pattern.quote(t.toLowerCase(Locale.ROOT)).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\p{L}\\p{N}_])(?:" + alternatives + ")(?![\\p{L}\\p{N}_])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** T1: first and next response target for a priority. */
    public long responseTarget(Priority priority) { return responseTargets.get(priority); }
    /** T2: resolution target for a priority. */
    public long resolutionTarget(Priority priority) { return resolutionTargets.get(priority); }
    public double getAtRiskFraction() { return atRiskFraction; }
    public long getFollowUpWindow() { return followUpWindow; }
    public Set<Category> getFollowUpCategories() { return followUpCategories; }
    public long getAccommodationAnswerWindow() { return accommodationAnswerWindow; }
    public Set<String> getLegitimateDenialReasons() { return legitimateDenialReasons; }
    public Set<String> getLegitimateRefusalReasons() { return legitimateRefusalReasons; }
    public Set<String> getProtectedGrounds() { return protectedGrounds; }
    public List<String> getProtectedTerms() { return protectedTerms; }
    public long getRetaliationWindow() { return retaliationWindow; }
    public int getRetaliationMaxRating() { return retaliationMaxRating; }
    public long getRepeatContactWindow() { return repeatContactWindow; }
    public int getRepeatContactMinOthers() { return repeatContactMinOthers; }
    public long getDisparityMinGroupSize() { return disparityMinGroupSize; }
    public double getDisparityRatio() { return disparityRatio; }
    public double getDisparityMaxPValue() { return disparityMaxPValue; }
    public Map<String, String> getActions() { return actions; }
    public CustomSettings custom() { return custom; }

    /** The first protected term {@code text} mentions, if any. */
    public Optional<String> protectedTermIn(String text) {
        if (text == null || protectedTermPattern == null) {
            return Optional.empty();
        }
        var m = protectedTermPattern.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    public boolean mentionsProtectedTerm(String text) {
        return protectedTermIn(text).isPresent();
    }

    /** The settings' own targets and pauses, the policy that applies when no other does. */
    public ServiceLevel defaultServiceLevel() {
        return defaultServiceLevel;
    }

    /** The service-level policies of the settings, in the order they are tried. */
    public List<ServiceLevel> serviceLevels() {
        return serviceLevels;
    }

    /** The first service-level policy whose condition matches, else the default. */
    public ServiceLevel serviceLevelFor(Channel channel, Category category, String queue, Priority priority,
                                        Map<String, String> customerAttributes) {
        for (ServiceLevel level : serviceLevels) {
            if (level.when().matches(channel, category, queue, priority, customerAttributes)) {
                return level;
            }
        }
        return defaultServiceLevel;
    }

    /**
     * The statuses that pause a clock: a responsiveness clock's come from its service-level policy, the
     * others' from the settings' own {@code pausedStatuses}.
     */
    public Set<Status> pausedIn(ClockKind kind, ServiceLevel level) {
        return (isResponsiveness(kind) ? level : defaultServiceLevel).pausedIn(kind);
    }

    /** The business calendar a clock counts: its service-level policy's, else its family's; null for calendar time. */
    public BusinessCalendar calendarOf(ClockKind kind, ServiceLevel level) {
        if (isResponsiveness(kind) && level.calendar() != null) {
            return level.calendar();
        }
        return calendarByKind.get(kind);
    }

    private static boolean isResponsiveness(ClockKind kind) {
        return kind == ClockKind.FIRST_RESPONSE || kind == ClockKind.NEXT_REPLY || kind == ClockKind.RESOLUTION;
    }

    /** How FAIR-003's p-values are adjusted for the number of tests: {@code holm} or {@code none}. */
    public String getDisparityCorrection() {
        return correction;
    }

    /**
     * The target a clock of this kind is judged against: T1 (first and next response) or T2 (resolution)
     * of the priority in its service-level policy, the accommodation or follow-up window, or for a callback
     * the delay promised.
     */
    public ClockTarget targetOf(ClockKind kind, ServiceLevel level, Priority priority, long promised) {
        return switch (kind) {
            case FIRST_RESPONSE, NEXT_REPLY -> clockTargets.of(level, priority, false);
            case RESOLUTION -> clockTargets.of(level, priority, true);
            case ACCOMMODATION_ANSWER -> accommodationTarget;
            case CALLBACK -> new ClockTarget(promised, "the promised time");
            case FOLLOW_UP -> followUpTarget;
        };
    }

    /** The business calendar of a policy (e.g. "responsiveness"), or null when it counts calendar time. */
    public BusinessCalendar calendarOf(String policy) {
        return policy == null ? null : calendars.get(policy);
    }

    public Optional<Severity> severityOverride(String code) {
        return Optional.ofNullable(severityOverrides.get(code));
    }

    /** The severity {@code severityByPriority} gives a code at a priority, if it gives one. */
    public Optional<Severity> severityAt(String code, Priority priority) {
        Map<Priority, Severity> byPriority = severityByPriority.get(code);
        return byPriority == null || priority == null ? Optional.empty() : Optional.ofNullable(byPriority.get(priority));
    }

    /** The severities by priority of every code that has them, for the docs. */
    public Map<String, Map<Priority, Severity>> severitiesByPriority() {
        return severityByPriority;
    }

    /** A setting as written in settings.yaml, by dotted key ({@code followUp.window}), or null. */
    public String text(String key) {
        return texts.get(key);
    }

    /** {@code template} with its settings placeholders filled in (see {@link Templates}). */
    public String fill(String template) {
        return Templates.fill(template, texts::get);
    }

    /** Description of an action code, or null when the code is unknown. */
    public String actionDescription(String code) {
        return actions.get(code);
    }

    /** Collects the parsed values; the settings parser checks their ranges. */
    public static final class Builder {
        private final Map<Priority, Long> responseTargets = new EnumMap<>(Priority.class);
        private final Map<Priority, Long> resolutionTargets = new EnumMap<>(Priority.class);
        private double atRiskFraction;
        private long followUpWindow;
        private Set<Category> followUpCategories = Set.of();
        private long accommodationAnswerWindow;
        private Set<String> legitimateDenialReasons = Set.of();
        private Set<String> legitimateRefusalReasons = Set.of();
        private Set<String> protectedGrounds = Set.of();
        private List<String> protectedTerms = List.of();
        private long retaliationWindow;
        private int retaliationMaxRating;
        private long repeatContactWindow;
        private int repeatContactMinOthers;
        private long disparityMinGroupSize;
        private double disparityRatio;
        private double disparityMaxPValue;
        private Map<String, Severity> severityOverrides = Map.of();
        private Map<String, String> actions = Map.of();
        private Map<String, BusinessCalendar> calendars = Map.of();
        private Map<String, Object> custom = Map.of();
        private Map<String, Map<Priority, Severity>> severityByPriority = Map.of();
        private Map<String, String> texts = Map.of();
        private Map<ClockKind, Set<Status>> pausedStatuses = Map.of(ClockKind.RESOLUTION, Set.of(Status.PENDING, Status.ON_HOLD));
        private List<ServiceLevel> serviceLevels = List.of();
        private String correction = "holm";

        private Builder() {
        }

        public Builder target(Priority p, long response, long resolution) {
            responseTargets.put(p, response);
            resolutionTargets.put(p, resolution);
            return this;
        }

        public Builder atRiskFraction(double v) { atRiskFraction = v; return this; }
        public Builder followUp(long window, Set<Category> categories) { followUpWindow = window; followUpCategories = categories; return this; }
        public Builder accommodation(long window, Set<String> legitimate) { accommodationAnswerWindow = window; legitimateDenialReasons = legitimate; return this; }
        public Builder refusal(Set<String> legitimate, Set<String> grounds, List<String> terms) {
            legitimateRefusalReasons = legitimate;
            protectedGrounds = grounds;
            protectedTerms = terms;
            return this;
        }
        public Builder retaliation(long window, int maxRating) { retaliationWindow = window; retaliationMaxRating = maxRating; return this; }
        public Builder repeatContact(long window, int minOthers) { repeatContactWindow = window; repeatContactMinOthers = minOthers; return this; }
        public Builder disparity(long minGroupSize, double ratio, double maxPValue) {
            disparityMinGroupSize = minGroupSize;
            disparityRatio = ratio;
            disparityMaxPValue = maxPValue;
            return this;
        }
        public Builder severityOverrides(Map<String, Severity> v) { severityOverrides = v; return this; }
        public Builder actions(Map<String, String> v) { actions = v; return this; }
        public Builder custom(Map<String, Object> v) { custom = v; return this; }
        public Builder calendars(Map<String, BusinessCalendar> v) { calendars = v; return this; }
        public Builder severityByPriority(Map<String, Map<Priority, Severity>> v) { severityByPriority = v; return this; }
        public Builder texts(Map<String, String> v) { texts = v; return this; }
        public Builder pausedStatuses(Map<ClockKind, Set<Status>> v) { pausedStatuses = v; return this; }
        public Builder serviceLevels(List<ServiceLevel> v) { serviceLevels = v; return this; }
        public Builder correction(String v) { correction = v; return this; }

        public PolicySettings build() {
            for (Priority p : Priority.values()) {
                if (!responseTargets.containsKey(p)) {
                    throw new IllegalStateException("no targets for priority " + p);
                }
            }
            return new PolicySettings(this);
        }
    }
}
