package com.servicepolicy.evaluator.engine;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.event.EventType;
import org.drools.base.base.ClassObjectType;
import org.drools.base.base.ObjectType;
import org.drools.base.rule.EntryPointId;
import org.drools.base.rule.constraint.AlphaNodeFieldConstraint;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.AlphaNode;
import org.drools.core.reteoo.ObjectSink;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.modelcompiler.constraints.LambdaConstraint;
import org.drools.mvel.MVELConstraint;
import org.kie.api.KieBase;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The event types some rule's pattern can match, read off the compiled network. Most events (replies,
 * messages, status changes) only feed the clocks and interactions derived from them; no default rule
 * matches them as facts, and inserting them into a session costs about as much as all the rules' work
 * (a fact handle and a propagation each). An event whose type no pattern can match changes nothing in a
 * session, so it is left out. Decided conservatively: every type is kept when any pattern could match an
 * event by something other than its type alone ({@code Event(channel == ...)}, {@code Object()}, an
 * interface the event implements, a constraint this class does not recognise).
 */
final class MatchableEvents {
    private static final Set<EventType> ALL = EnumSet.allOf(EventType.class);
    private static final Pattern TYPE_TEST =
            Pattern.compile("\\s*type\\s*==\\s*(?:com\\.servicepolicy\\.evaluator\\.event\\.)?EventType\\.(\\w+)\\s*");

    private MatchableEvents() {
    }

    /** The types worth inserting: all of them unless every pattern on events first tests {@code type == X}. */
    static Set<EventType> of(KieBase kieBase) {
        if (!(kieBase instanceof InternalRuleBase ruleBase)) {
            return ALL;
        }
        Map<ObjectType, ObjectTypeNode> nodes = ruleBase.getRete().getObjectTypeNodes(EntryPointId.DEFAULT);
        if (nodes == null) {
            return ALL;
        }
        Set<EventType> matched = EnumSet.noneOf(EventType.class);
        for (Map.Entry<ObjectType, ObjectTypeNode> node : nodes.entrySet()) {
            if (!(node.getKey() instanceof ClassObjectType type)) {
                return ALL;
            }
            if (!type.getClassType().isAssignableFrom(Event.class)) {
                continue;
            }
            if (type.getClassType() != Event.class) {
                return ALL;
            }
            for (ObjectSink sink : node.getValue().getObjectSinkPropagator().getSinks()) {
                EventType tested = typeTestedBy(sink);
                if (tested == null) {
                    return ALL;
                }
                matched.add(tested);
            }
        }
        return matched.isEmpty() ? Set.of() : Set.copyOf(matched);
    }

    /** The type an alpha node lets through when its whole constraint is {@code type == EventType.X}; otherwise null. */
    private static EventType typeTestedBy(ObjectSink sink) {
        if (!(sink instanceof AlphaNode alpha)) {
            return null;
        }
        String expression = expressionOf(alpha.getConstraint());
        Matcher m = expression == null ? null : TYPE_TEST.matcher(expression);
        if (m == null || !m.matches()) {
            return null;
        }
        try {
            return EventType.valueOf(m.group(1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The constraint as the author wrote it, for the two ways rules compile (executable model and MVEL). */
    private static String expressionOf(AlphaNodeFieldConstraint constraint) {
        if (constraint instanceof LambdaConstraint lambda && lambda.getPredicateInformation() != null) {
            return lambda.getPredicateInformation().getStringConstraint();
        }
        if (constraint instanceof MVELConstraint mvel) {
            return mvel.getExpression();
        }
        return null;
    }
}
