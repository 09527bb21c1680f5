package com.servicepolicy.evaluator.generate;

/** Agents of the service team; the team grows with the volume so that each agent handles a plausible load. */
final class AgentPool {
    private final int size;

    AgentPool(long interactions) {
        this.size = (int) Math.max(5, Math.min(2000, interactions / 200));
    }

    String pick(Dice dice) {
        return "A" + (1 + dice.below(size));
    }
}
