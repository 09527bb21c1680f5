package com.servicepolicy.evaluator.engine;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each key and list item of a YAML document is written (1-based line and column), so that a
 * problem found in the parsed tree can point at the text. Paths are dotted keys with list indexes
 * as further segments: {@code targets.HIGH.response}, {@code scenarios.3.events.0}.
 */
public final class YamlPositions {
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    /** A place in the text; line 0 when unknown. */
    public record Position(int line, int column) {
        public static final Position UNKNOWN = new Position(0, 0);
    }

    private final Map<String, Position> byPath;

    private YamlPositions(Map<String, Position> byPath) {
        this.byPath = byPath;
    }

    /** Indexes {@code yaml}; text that is not valid YAML is indexed up to the error. */
    public static YamlPositions of(String yaml) {
        Map<String, Position> byPath = new HashMap<>();
        try (JsonParser p = YAML.createParser(yaml)) {
            JsonToken token;
            while ((token = p.nextToken()) != null) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                // on a START token the context is the new container, whose path is that of the container itself
                String path = p.streamReadContext().pathAsPointer().toString().replaceFirst("^/", "").replace('/', '.')
                        .replace("~1", "/").replace("~0", "~");
                TokenStreamLocation loc = p.currentTokenLocation();
                byPath.putIfAbsent(path, new Position(loc.getLineNr(), loc.getColumnNr()));
            }
        } catch (JacksonException e) {
            // keep what was indexed before the error; the parser of the tree reports the error itself
        }
        return new YamlPositions(byPath);
    }

    /** The position of {@code path}, or of its nearest written ancestor (a missing key points at its parent). */
    public Position at(String dottedPath) {
        String path = dottedPath;
        while (true) {
            Position found = byPath.get(path);
            if (found != null) {
                return found;
            }
            int dot = path.lastIndexOf('.');
            if (dot < 0) {
                return path.isEmpty() ? Position.UNKNOWN : byPath.getOrDefault("", Position.UNKNOWN);
            }
            path = path.substring(0, dot);
        }
    }
}
