package com.servicepolicy.evaluator.importers;

import com.servicepolicy.evaluator.event.Event;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

import java.io.Writer;
import java.time.Instant;

/**
 * Writes events as the contract's JSON Lines (what {@code import} produces): the fields in the contract's order,
 * absent ones left out, times as UTC instants. Not thread-safe; the caller closes the writer it gave.
 */
public final class EventLogWriter implements AutoCloseable {
    private static final JsonFactory JSON = JsonFactory.builder().rootValueSeparator((String) null).build();

    private final Writer out;
    private final JsonGenerator json;
    private long written;

    public EventLogWriter(Writer out) {
        this.out = out;
        this.json = JSON.createGenerator(ObjectWriteContext.empty(), out);
    }

    public void write(Event e) {
        json.writeStartObject();
        field("eventId", e.getEventId());
        field("type", e.getType().name());
        field("at", Instant.ofEpochMilli(e.getAt()).toString());
        field("customerId", e.getCustomerId());
        field("interactionId", e.getInteractionId());
        field("channel", e.getChannel() == null ? null : e.getChannel().name());
        field("priority", e.getPriority() == null ? null : e.getPriority().name());
        field("category", e.getCategory() == null ? null : e.getCategory().name());
        field("topic", e.getTopic());
        field("queue", e.getQueue());
        field("status", e.getStatus() == null ? null : e.getStatus().name());
        field("agentId", e.getAgentId());
        if (e.isInternal()) {
            json.writeBooleanProperty("internal", true);
        }
        field("reasonCode", e.getReasonCode());
        field("reasonText", e.getReasonText());
        field("dueAt", e.getDueAt() == null ? null : Instant.ofEpochMilli(e.getDueAt()).toString());
        if (e.getRating() != null) {
            json.writeNumberProperty("rating", e.getRating());
        }
        json.writeEndObject();
        json.writeRaw('\n');
        written++;
    }

    public long written() {
        return written;
    }

    private void field(String name, String value) {
        if (value != null) {
            json.writeStringProperty(name, value);
        }
    }

    @Override
    public void close() {
        json.close();
    }
}
