package com.servicepolicy.evaluator.generate;

import com.servicepolicy.evaluator.event.Event;
import com.servicepolicy.evaluator.generate.EventFields.Field;

import java.util.List;

/** The two event-log formats of event-log.md, written by hand for speed (no object mapping per line). */
public enum OutputFormat {
    JSONL("jsonl") {
        @Override
        public String header() {
            return null;
        }

        @Override
        String render(List<Field> fields) {
            StringBuilder out = new StringBuilder(200).append('{');
            for (Field f : fields) {
                if (out.length() > 1) {
                    out.append(',');
                }
                quote(out, f.name()).append(':');
                if (f.numeric()) {
                    out.append(f.value());
                } else {
                    quote(out, f.value());
                }
            }
            return out.append('}').toString();
        }

        /** A line cut off mid-object, as a crashed exporter leaves it. */
        @Override
        String syntaxError(List<Field> fields) {
            String line = render(fields);
            return line.substring(0, line.length() / 2);
        }
    },
    CSV("csv") {
        @Override
        public String header() {
            return String.join(",", EventFields.COLUMNS);
        }

        @Override
        String render(List<Field> fields) {
            StringBuilder out = new StringBuilder(160);
            int next = 0;
            for (int column = 0; column < EventFields.COLUMNS.size(); column++) {
                if (column > 0) {
                    out.append(',');
                }
                if (next < fields.size() && fields.get(next).name().equals(EventFields.COLUMNS.get(column))) {
                    csvCell(out, fields.get(next++).value());
                }
            }
            return out.toString();
        }

        /** CSV has no syntax to break without swallowing later rows, so the row gets an unknown priority instead. */
        @Override
        String syntaxError(List<Field> fields) {
            List<Field> changed = new java.util.ArrayList<>(fields);
            changed.removeIf(f -> f.name().equals("priority"));
            int at = 0;
            while (at < changed.size() && EventFields.COLUMNS.indexOf(changed.get(at).name()) < EventFields.COLUMNS.indexOf("priority")) {
                at++;
            }
            changed.add(at, new Field("priority", "ASAP", false));
            return render(changed);
        }
    };

    private final String extension;

    OutputFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The header line, or null when the format has none. */
    public abstract String header();

    /** One event as one line, without the line break. */
    public String line(Event event) {
        return render(EventFields.of(event));
    }

    abstract String render(List<Field> fields);

    abstract String syntaxError(List<Field> fields);

    private static StringBuilder quote(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    static void csvCell(StringBuilder out, String value) {
        boolean quoted = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        if (!quoted) {
            out.append(value);
            return;
        }
        out.append('"').append(value.replace("\"", "\"\"")).append('"');
    }
}
