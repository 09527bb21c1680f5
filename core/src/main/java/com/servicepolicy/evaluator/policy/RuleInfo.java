package com.servicepolicy.evaluator.policy;

import java.util.List;

/**
 * What a rule declares about itself in DRL metadata ({@code @code}, {@code @name}, {@code @policy},
 * {@code @severity}, {@code @actions}, {@code @description}, {@code @docs}): the single source the
 * API, the command line and the docs read. {@code severity} is the default a rule may raise or
 * lower per violation; {@code actions} are the action codes it may recommend.
 */
public record RuleInfo(
        String ruleName,
        String packageName,
        String sourceFile,
        String code,
        String name,
        String policy,
        Severity severity,
        List<String> actions,
        String description,
        String docs) {

    public RuleInfo {
        actions = List.copyOf(actions);
    }
}
