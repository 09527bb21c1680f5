package com.servicepolicy.evaluator.ingest;

import com.servicepolicy.evaluator.event.Customer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * Turns the records of a customers file or of a request's {@code customers} array into
 * {@link Customer}s and rejections, counting each: the one validation of customers for every door.
 */
final class CustomerRecords implements JsonLines.Handler, CsvTable.Handler {
    static final String ID = "customerId";

    private final String source;
    private final CustomerSink sink;
    private final Map<String, Long> lineById = new HashMap<>();
    private List<String> header = List.of();
    private long read;
    private long accepted;
    private long rejected;

    CustomerRecords(String source, CustomerSink sink) {
        this.source = source;
        this.sink = sink;
    }

    @Override
    public void line(byte[] buf, int off, int len, long line) {
        read++;
        String id = null;
        Map<String, String> attributes = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        Set<String> names = new HashSet<>();
        try (JsonParser p = JsonEventFields.MAPPER.createParser(buf, off, len)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) {
                badRecord0(line, "not a JSON object but " + JsonEventFields.describe(first));
                return;
            }
            for (String name = p.nextName(); name != null; name = p.nextName()) {
                JsonToken token = p.nextToken();
                if (!names.add(name)) {
                    errors.add(new FieldError(Texts.abbreviate(name), "given more than once"));
                } else {
                    String text = token.isScalarValue() ? p.getString() : null;
                    id = field(name, token, text, id, attributes, errors);
                }
                p.skipChildren();
            }
            if (p.nextToken() != null) {
                badRecord0(line, "not valid JSON: more content after the object");
                return;
            }
        } catch (JacksonException e) {
            badRecord0(line, "not valid JSON: " + Texts.firstLine(e.getOriginalMessage()));
            return;
        }
        finish(id, attributes, errors, line);
    }

    /** One element of a request's customers array; {@code index} stands for the line. */
    void node(JsonNode node, long index) {
        read++;
        if (node == null || !node.isObject()) {
            badRecord0(index, "not a JSON object but " + (node == null ? "nothing" : JsonEventFields.describe(node.asToken())));
            return;
        }
        String id = null;
        Map<String, String> attributes = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            JsonNode v = e.getValue();
            id = field(e.getKey(), v.asToken(), v.isValueNode() ? v.asString() : null, id, attributes, errors);
        }
        finish(id, attributes, errors, index);
    }

    /** One JSON field of a customer: its id, a group label, or an error; returns the id so far. */
    private static String field(String name, JsonToken token, String text, String id, Map<String, String> attributes,
                                List<FieldError> errors) {
        if (token == JsonToken.VALUE_NULL) {
            return id;
        }
        if (name.equals(ID)) {
            if (token == JsonToken.VALUE_STRING) {
                return emptyToNull(text);
            }
            errors.add(new FieldError(ID, "expected a string, got " + JsonEventFields.describe(token)));
        } else if (token.isScalarValue()) {
            // Group labels are text; 3 or true in JSON mean the label "3" or "true".
            putIfNotEmpty(attributes, name, text);
        } else {
            errors.add(new FieldError(Texts.abbreviate(name), "expected a group label (string, number or boolean), got "
                    + JsonEventFields.describe(token)));
        }
        return id;
    }

    @Override
    public void header(List<String> names) throws InputFileException {
        for (int i = 0; i < names.size(); i++) {
            if (!names.get(i).isEmpty() && names.subList(0, i).contains(names.get(i))) {
                throw new InputFileException("cannot read " + source + ": column '" + names.get(i)
                        + "' appears more than once in the header");
            }
        }
        if (!names.contains(ID)) {
            throw new InputFileException("cannot read " + source + ": its first row has no " + ID + " column: a CSV"
                    + " customers file starts with a header row; first row: " + Texts.abbreviate(String.join(",", names)));
        }
        header = List.copyOf(names);
    }

    @Override
    public void row(List<String> cells, long line) {
        read++;
        String id = null;
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String name = header.get(i);
            if (name.equals(ID)) {
                id = emptyToNull(cells.get(i));
            } else if (!name.isEmpty()) { // a column without a name cannot be an attribute
                putIfNotEmpty(attributes, name, cells.get(i));
            }
        }
        finish(id, attributes, new ArrayList<>(), line);
    }

    @Override
    public void unusable(long line, String reason) {
        read++;
        badRecord0(line, reason);
    }

    private void badRecord0(long line, String reason) {
        rejected++;
        sink.rejected(Rejection.ofRecord(source, line, reason));
    }

    private void finish(String id, Map<String, String> attributes, List<FieldError> errors, long line) {
        String idProblem = id == null ? null : TextLimits.problem(id, TextLimits.IDENTIFIER);
        if (idProblem != null) {
            errors.add(new FieldError(ID, idProblem));
            id = null;
        }
        attributes.forEach((name, label) -> {
            String nameProblem = TextLimits.problem(name, TextLimits.ATTRIBUTE_NAME);
            String labelProblem = TextLimits.problem(label, TextLimits.GROUP_LABEL);
            if (nameProblem != null) {
                errors.add(new FieldError(Texts.abbreviate(name), "attribute name " + nameProblem));
            } else if (labelProblem != null) {
                errors.add(new FieldError(name, labelProblem));
            }
        });
        if (id == null && errors.stream().noneMatch(e -> ID.equals(e.field()))) {
            errors.add(0, new FieldError(ID, "missing"));
        }
        if (errors.isEmpty() && lineById.containsKey(id)) {
            errors.add(new FieldError(ID, "duplicate of line " + lineById.get(id)));
        }
        if (!errors.isEmpty()) {
            rejected++;
            sink.rejected(new Rejection(source, line, id, errors));
            return;
        }
        lineById.put(id, line);
        accepted++;
        sink.accept(new Customer(id, attributes));
    }

    private static void putIfNotEmpty(Map<String, String> attributes, String name, String value) {
        if (value != null && !value.isEmpty()) {
            attributes.put(name, value);
        }
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    ReadStats stats() {
        return new ReadStats(read, accepted, 0, rejected);
    }
}
