package com.servicepolicy.evaluator.policy;

import com.servicepolicy.evaluator.event.Category;
import com.servicepolicy.evaluator.event.Channel;
import com.servicepolicy.evaluator.event.Priority;

import java.util.Map;
import java.util.Set;

/**
 * When a service-level policy applies: every listed field must take one of its listed values (an
 * absent field matches anything); customer attributes are compared with the customer's declared groups.
 * Values are compared exactly, as written in the log and the customers file.
 */
public record ServiceLevelCondition(Set<Channel> channels, Set<Category> categories, Set<String> queues,
                                    Set<Priority> priorities, Map<String, Set<String>> customer) {
    public static final ServiceLevelCondition ALWAYS = new ServiceLevelCondition(Set.of(), Set.of(), Set.of(), Set.of(), Map.of());

    public ServiceLevelCondition {
        channels = Set.copyOf(channels);
        categories = Set.copyOf(categories);
        queues = Set.copyOf(queues);
        priorities = Set.copyOf(priorities);
        customer = Map.copyOf(customer);
    }

    public boolean matches(Channel channel, Category category, String queue, Priority priority,
                           Map<String, String> attributes) {
        return any(channels, channel) && any(categories, category) && any(queues, queue) && any(priorities, priority)
                && customer.entrySet().stream().allMatch(e -> attributes != null && e.getValue().contains(attributes.get(e.getKey())));
    }

    private static <T> boolean any(Set<T> allowed, T value) {
        return allowed.isEmpty() || (value != null && allowed.contains(value));
    }
}
