package com.servicepolicy.evaluator.importers.zendesk;

import com.servicepolicy.evaluator.importers.RowTally;
import com.servicepolicy.evaluator.ingest.EventSource;
import com.servicepolicy.evaluator.ingest.InputFileException;
import com.servicepolicy.evaluator.ingest.SourceRecords;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Zendesk tickets with their audits, as the Support API gives them (docs/importers/zendesk.md): one JSON object holding
 * the {@code audits} array of {@code GET /api/v2/ticket_audits} (or of a ticket's {@code /audits}) and, optionally, the
 * {@code tickets} array of {@code GET /api/v2/tickets}. Each event of an audit is a row; rows are named by the line
 * their audit starts on. The whole document is read before tickets are converted (audits come in any order).
 */
public final class ZendeskSource implements EventSource {
    static final String NAME = "zendesk";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final int batchBytes;
    private final int ticketSlice;
    private final long keepBytes;

    public ZendeskSource() {
        this(AuditTrees.BATCH_BYTES, TicketsOnWorkers.SLICE_AUDITS, Runtime.getRuntime().maxMemory() / 8);
    }

    /**
     * With the audits' trees made in batches of about {@code batchBytes} and tickets converted in slices of about
     * {@code ticketSlice} audits, for tests.
     */
    ZendeskSource(int batchBytes, int ticketSlice) {
        this(batchBytes, ticketSlice, Runtime.getRuntime().maxMemory() / 8);
    }

    /**
     * ... and the document's bytes kept while the scanner reads it up to about {@code keepBytes} (a larger document is
     * read with Jackson from its start when the scanner reaches that many; 0: always read with Jackson), for tests.
     */
    ZendeskSource(int batchBytes, int ticketSlice, long keepBytes) {
        this.batchBytes = batchBytes;
        this.ticketSlice = ticketSlice;
        this.keepBytes = keepBytes;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean readsFileNamed(String lowerCaseName) {
        return lowerCaseName.endsWith(".zendesk.json");
    }

    /** Not valid JSON: the error's line is {@code linesBefore} more than the parser that met it says. */
    static InputFileException notJson(String source, JacksonException e, long linesBefore) {
        return new InputFileException("cannot read " + source + " as zendesk: not valid JSON at line "
                + (e.getLocation() == null ? "?" : e.getLocation().getLineNr() + linesBefore) + ": " + e.getOriginalMessage());
    }

    @Override
    public void read(InputStream in, String source, SourceRecords records) throws InputFileException {
        PlainDocument.Read document = null;
        InputStream jacksonInput = in;
        if (keepBytes > 0) { // the byte scanner first; Jackson alone from the first byte if it gives up
            ReplayableInput replayable = new ReplayableInput(in, keepBytes);
            document = PlainDocument.read(replayable, JSON, batchBytes, source);
            jacksonInput = document == null ? replayable.fromTheStart() : in;
        }
        if (document == null) {
            document = readWithJackson(jacksonInput, source);
        }
        RowTally tally = new RowTally();
        TicketsOnWorkers.convert(document.audits(), document.tickets(), records, tally, ticketSlice);
        records.summary(tally.summary(source, NAME));
    }

    /** The reference reading: Jackson's parser goes over the whole document, workers make the audits of its bytes. */
    private PlainDocument.Read readWithJackson(InputStream in, String source) throws InputFileException {
        Map<String, TicketContent> tickets = new HashMap<>();
        List<Audit> audits = new ArrayList<>();
        KeptBytes bytes = new KeptBytes(in);
        AuditTrees trees = new AuditTrees(JSON, bytes, source, batchBytes);
        try (JsonParser parser = JSON.createParser(bytes)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new InputFileException("cannot read " + source + " as zendesk: expected a JSON object with \"audits\" "
                        + "(and \"tickets\") as the Zendesk API returns them");
            }
            boolean sawAudits = false;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ((name.equals("audits") || name.equals("tickets")) && value != JsonToken.START_ARRAY) {
                    // a document of another shape, read as an export without a row, would pass for an empty export
                    throw new InputFileException("cannot read " + source + " as zendesk: \"" + name + "\" at line "
                            + parser.currentTokenLocation().getLineNr() + " is not an array");
                }
                sawAudits |= name.equals("audits");
                if ((name.equals("audits") || name.equals("tickets")) && value == JsonToken.START_ARRAY) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        long line = parser.currentTokenLocation().getLineNr();
                        long start = parser.currentTokenLocation().getByteOffset();
                        if (name.equals("audits") && start >= 0) { // bytes, not characters: passed over here, its tree made by a worker
                            parser.skipChildren();
                            trees.add(line, start, parser.currentLocation().getByteOffset());
                            continue;
                        }
                        JsonNode node = parser.readValueAsTree();
                        if (name.equals("audits")) {
                            audits.add(Audit.of(line, node));
                        } else {
                            tickets.put(node.path("id").asString(""), TicketContent.of(node));
                            trees.passed(parser.currentLocation().getByteOffset());
                        }
                    }
                } else {
                    parser.skipChildren();
                }
                trees.passed(parser.currentLocation().getByteOffset());
            }
            if (!sawAudits) {
                throw new InputFileException("cannot read " + source + " as zendesk: no \"audits\" array; expected a JSON "
                        + "object with \"audits\" (and \"tickets\") as the Zendesk API returns them");
            }
            audits.addAll(0, trees.all()); // a document's audits are either all bytes' or all characters'
        } catch (JacksonException e) {
            trees.abandon();
            throw notJson(source, e, 0);
        } catch (InputFileException | RuntimeException e) {
            trees.abandon();
            throw e;
        }
        return new PlainDocument.Read(audits, tickets);
    }
}
