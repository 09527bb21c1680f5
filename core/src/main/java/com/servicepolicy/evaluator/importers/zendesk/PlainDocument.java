package com.servicepolicy.evaluator.importers.zendesk;

import com.servicepolicy.evaluator.ingest.WorkerPool;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * A document read with {@link DocumentScanner} on the reading thread and its entries parsed by Jackson on workers, a
 * batch of about a megabyte to one parser: audits as {@link AuditTrees} reads them, tickets as trees as the Jackson
 * reading makes them. A worker that meets anything Jackson refuses, or that does not end where the scanner said,
 * gives up, as the scanner does: the caller then reads the document with Jackson from its first byte. So whatever is
 * returned is what the Jackson reading returns, and every broken document fails with the Jackson reading's own line
 * and reason.
 */
final class PlainDocument implements DocumentScanner.Found {
    /** The audits in input order and the tickets by id, as {@link ZendeskSource} holds them. */
    record Read(List<Audit> audits, Map<String, TicketContent> tickets) {
    }

    private record Batch(List<Audit> audits, List<String> ticketIds, List<TicketContent> tickets) {
    }

    private final JsonMapper json;
    private final String source;
    private final Deque<Future<Batch>> inFlight = new ArrayDeque<>();
    private final List<Audit> audits = new ArrayList<>();
    private final Map<String, TicketContent> tickets = new HashMap<>();

    private PlainDocument(JsonMapper json, String source) {
        this.json = json;
        this.source = source;
    }

    /** The document's audits and tickets, or null when it must be read with Jackson ({@code in} gives it again). */
    static Read read(ReplayableInput in, JsonMapper json, int batchBytes, String source) {
        PlainDocument document = new PlainDocument(json, source);
        try {
            new DocumentScanner(in, document, batchBytes).scan();
            while (!document.inFlight.isEmpty()) {
                document.takeOldest();
            }
            return new Read(document.audits, document.tickets);
        } catch (NotPlain | IOException e) {
            document.inFlight.forEach(f -> f.cancel(true));
            return null;
        }
    }

    @Override
    public void entries(boolean areAudits, byte[] text, long from, List<long[]> parts) throws NotPlain {
        inFlight.add(WorkerPool.shared().submit(() -> areAudits ? audits(text, from, parts) : tickets(text, parts)));
        while (!inFlight.isEmpty() && (inFlight.size() > WorkerPool.THREADS + 1 || inFlight.peek().isDone())) {
            takeOldest();
        }
    }

    @Override
    public void otherValue(byte[] text) throws NotPlain {
        try (JsonParser parser = json.createParser(text)) {
            if (parser.nextToken() == null) {
                throw new NotPlain("no value");
            }
            parser.skipChildren();
            if (parser.nextToken() != null) {
                throw new NotPlain("more than one value");
            }
        } catch (JacksonException e) {
            throw new NotPlain(e.getOriginalMessage());
        }
    }

    private Batch audits(byte[] text, long from, List<long[]> parts) throws NotPlain {
        List<Audit> out = new ArrayList<>(parts.size());
        try (JsonParser parser = json.createParser(text)) {
            parser.nextToken();
            for (long[] p : parts) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    throw new NotPlain("an entry that is not an object");
                }
                out.add(AuditTrees.audit(json, parser, text, from, p));
                if (parser.currentToken() != JsonToken.END_OBJECT) {
                    throw new NotPlain("an audit not read to its end");
                }
            }
            ended(parser);
        } catch (JacksonException e) {
            throw new NotPlain(e.getOriginalMessage());
        }
        return new Batch(out, null, null);
    }

    private Batch tickets(byte[] text, List<long[]> parts) throws NotPlain {
        List<String> ids = new ArrayList<>(parts.size());
        List<TicketContent> contents = new ArrayList<>(parts.size());
        try (JsonParser parser = json.createParser(text)) {
            parser.nextToken();
            for (int i = 0; i < parts.size(); i++) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    throw new NotPlain("an entry that is not an object");
                }
                JsonNode node = parser.readValueAsTree();
                ids.add(node.path("id").asString(""));
                contents.add(TicketContent.of(node));
            }
            ended(parser);
        } catch (JacksonException e) {
            throw new NotPlain(e.getOriginalMessage());
        }
        return new Batch(null, ids, contents);
    }

    /** The batch's array ends after its last entry, where the scanner said. */
    private static void ended(JsonParser parser) throws NotPlain {
        if (parser.nextToken() != JsonToken.END_ARRAY || parser.nextToken() != null) {
            throw new NotPlain("entries not where the scanner found them");
        }
    }

    private void takeOldest() throws NotPlain {
        try {
            Batch batch = inFlight.poll().get();
            if (batch.audits() != null) {
                audits.addAll(batch.audits());
            } else {
                for (int i = 0; i < batch.ticketIds().size(); i++) {
                    tickets.put(batch.ticketIds().get(i), batch.tickets().get(i));
                }
            }
        } catch (ExecutionException e) { // Jackson refused something, or an audit could not be read: its reading decides
            throw new NotPlain(String.valueOf(e.getCause()));
        } catch (InterruptedException e) {
            inFlight.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + source, e);
        }
    }
}
