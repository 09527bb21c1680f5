package com.servicepolicy.evaluator.explain;

/** The human form of an {@link InteractionExplanation}, as {@code explain} prints it. */
public final class ExplanationText {
    private ExplanationText() {
    }

    public static String format(InteractionExplanation x) {
        StringBuilder out = new StringBuilder();
        out.append("Interaction ").append(x.interactionId())
                .append(x.customerId() == null ? "" : " of customer " + x.customerId())
                .append(", as of ").append(x.asOf()).append(" (rules ").append(x.rulesVersion()).append(")\n");
        out.append("\nTimeline\n");
        if (x.timeline().isEmpty()) {
            out.append("  no events of this interaction up to asOf\n");
        }
        x.timeline().forEach(e -> out.append("  ").append(e.at()).append("  ").append(String.format("%-24s", e.type()))
                .append(' ').append(e.eventId()).append(e.detail().isEmpty() ? "" : "  (" + e.detail() + ")").append('\n'));
        out.append("\nClocks\n");
        if (x.clocks().isEmpty()) {
            out.append("  none\n");
        }
        x.clocks().forEach(c -> {
            out.append("  ").append(String.format("%-20s", c.kind())).append(" from ")
                    .append(c.startEventId()).append(": ").append(c.summary()).append(c.late() ? "  LATE" : "").append('\n');
            c.pauses().forEach(p -> out.append("      paused ").append(p.status()).append(" from ").append(p.from())
                    .append(" to ").append(p.to()).append('\n'));
        });
        out.append("\nFired\n");
        if (x.fired().isEmpty()) {
            out.append("  none\n");
        }
        x.fired().forEach(f -> {
            out.append("  ").append(f.code()).append(' ').append(f.name()).append(" on ").append(f.subject()).append(' ')
                    .append(f.severity()).append(": ").append(f.message()).append('\n');
            out.append("      rule \"").append(f.rule()).append("\"").append(f.matchedFacts().isEmpty() ? "" : " matched:").append('\n');
            f.matchedFacts().forEach(m -> out.append("        ").append(m).append('\n'));
        });
        out.append("\nNot fired\n");
        x.notFired().forEach(n -> out.append("  ").append(n.code()).append(' ').append(n.name()).append(": ")
                .append(n.reason()).append('\n'));
        return out.toString();
    }
}
