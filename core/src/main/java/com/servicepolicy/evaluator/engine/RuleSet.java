package com.servicepolicy.evaluator.engine;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;

import com.servicepolicy.evaluator.policy.PolicySettings;
import com.servicepolicy.evaluator.policy.RuleInfo;
import org.kie.api.KieBase;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A compiled, immutable rule set: the KieBase (built once, shared by every evaluation), the rules'
 * metadata, the settings, the sources, and a version id that is the hash of all of them.
 */
public final class RuleSet {
    private final String version;
    private final KieBase kieBase;
    private final List<RuleInfo> rules;
    private final Map<String, RuleInfo> rulesByName;
    private final Set<String> globals;
    private final PolicySettings settings;
    private final Map<String, String> sources;
    private final RuleProfile profile;
    private final Set<EventType> matchableEvents;

    RuleSet(String version, KieBase kieBase, List<RuleInfo> rules, Set<String> globals,
            PolicySettings settings, Map<String, String> sources) {
        this(version, kieBase, rules, globals, settings, sources, null);
    }

    private RuleSet(String version, KieBase kieBase, List<RuleInfo> rules, Set<String> globals,
                    PolicySettings settings, Map<String, String> sources, RuleProfile profile) {
        this.version = version;
        this.kieBase = kieBase;
        this.rules = List.copyOf(rules);
        this.rulesByName = rules.stream().collect(Collectors.toUnmodifiableMap(RuleInfo::ruleName, Function.identity()));
        this.globals = Set.copyOf(globals);
        this.settings = settings;
        this.sources = Map.copyOf(sources);
        this.profile = profile;
        // an EnumSet: asked once per event of every evaluation, and a bit test costs less than a hashed set's probe
        Set<EventType> matchable = MatchableEvents.of(kieBase);
        this.matchableEvents = matchable.isEmpty() ? EnumSet.noneOf(EventType.class) : EnumSet.copyOf(matchable);
    }

    /** The same rules, every session of whose evaluations counts firings and consequence time into {@code profile}. */
    public RuleSet profiled(RuleProfile profile) {
        return new RuleSet(version, kieBase, rules, globals, settings, sources, profile);
    }

    /** The profile sessions report to, or null. */
    RuleProfile profile() {
        return profile;
    }

    /** Content hash of the rule sources and settings; every evaluation reports it. */
    public String version() {
        return version;
    }

    /** The rules that report violations (those with {@code @code} metadata), in source order. */
    public List<RuleInfo> rules() {
        return rules;
    }

    /** Codes of the rules that judge whole-log group rates: their subjects are groups, not interactions. */
    public Set<String> groupLevelCodes() {
        return rules.stream().filter(RuleInfo::judgesGroups).map(RuleInfo::code)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    public Optional<RuleInfo> ruleByCode(String code) {
        return rules.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    public PolicySettings settings() {
        return settings;
    }

    /** File name (relative to the rules directory) to text, for every DRL and the settings. */
    public Map<String, String> sources() {
        return sources;
    }

    /** Whether some rule's pattern can match this event; the others are left out of sessions ({@link MatchableEvents}). */
    boolean matchable(Event event) {
        return matchableEvents.contains(event.getType());
    }

    KieBase kieBase() {
        return kieBase;
    }

    Map<String, RuleInfo> rulesByName() {
        return rulesByName;
    }

    boolean declaresGlobal(String name) {
        return globals.contains(name);
    }
}
