package com.servicepolicy.evaluator.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a rule set's files come from: a rules directory an author edits, or the default catalog built
 * into the jar ({@code rules/} as it was when the jar was built), so that the jar runs anywhere. File
 * names in problems are relative to the source, so {@code rules/} + name opens in an editor.
 */
public final class RuleSource {
    /** The folder of the built-in catalog on the class path, with an index of its files (written by the build). */
    static final String BUILT_IN_FOLDER = "service-policy-catalog/";
    static final String BUILT_IN_INDEX = BUILT_IN_FOLDER + "INDEX";
    private static final Path DEFAULT_DIRECTORY = Path.of("rules");

    private final Path dir;

    private RuleSource(Path dir) {
        this.dir = dir;
    }

    public static RuleSource directory(Path dir) {
        return new RuleSource(dir);
    }

    public static RuleSource builtIn() {
        return new RuleSource(null);
    }

    /** {@code dir} when given; else {@code ./rules} when it exists; else the built-in catalog. */
    public static RuleSource resolve(Path dir) {
        if (dir != null) {
            return directory(dir);
        }
        return Files.isDirectory(DEFAULT_DIRECTORY) ? directory(DEFAULT_DIRECTORY) : builtIn();
    }

    public boolean isBuiltIn() {
        return dir == null;
    }

    /** The rules directory, or empty for the built-in catalog. */
    public Optional<Path> directory() {
        return Optional.ofNullable(dir);
    }

    /** For people: the directory as given, or "the built-in catalog". */
    public String describe() {
        return dir == null ? "the built-in catalog" : dir.toString();
    }

    /** What goes before a file name of this source so that the path opens in an editor: {@code rules/}. */
    public String prefix() {
        if (dir == null) {
            return "";
        }
        String d = dir.toString().replace('\\', '/');
        return d.isEmpty() || d.equals(".") ? "" : d.endsWith("/") ? d : d + "/";
    }

    /** Reads every file of the rule set (sub-directories included). */
    public RuleFiles read() throws RuleSetException {
        return RuleFiles.of(dir == null ? readBuiltIn() : readDirectory());
    }

    private Map<String, String> readDirectory() throws RuleSetException {
        if (!Files.isDirectory(dir)) {
            throw new RuleSetException(List.of(new RuleProblem("", 0, 0,
                    Files.exists(dir) ? "not a directory" : "no such directory")));
        }
        Map<String, String> files = new LinkedHashMap<>();
        try {
            // from the directory a link names (rules -> releases/42/rules): a walk does not follow a link it starts at
            Path root = dir.toRealPath();
            List<Path> found;
            try (Stream<Path> paths = Files.walk(root)) {
                found = paths.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path p : found) {
                String name = root.relativize(p).toString().replace('\\', '/');
                if (RuleFiles.isPart(name)) {
                    files.put(name, read(p, name));
                }
            }
        } catch (IOException e) {
            throw new RuleSetException(List.of(new RuleProblem("", 0, 0, "cannot read: " + e.getMessage())));
        }
        return files;
    }

    private static String read(Path file, String name) throws RuleSetException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RuleSetException(List.of(new RuleProblem(name, 0, 0, "cannot read: " + e.getMessage())));
        }
    }

    private static Map<String, String> readBuiltIn() throws RuleSetException {
        Map<String, String> files = new LinkedHashMap<>();
        for (String name : builtInNames()) {
            files.put(name, resource(BUILT_IN_FOLDER + name));
        }
        return files;
    }

    private static List<String> builtInNames() throws RuleSetException {
        List<String> names = new ArrayList<>();
        resource(BUILT_IN_INDEX).lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(names::add);
        return names;
    }

    private static String resource(String name) throws RuleSetException {
        try (InputStream in = RuleSource.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new RuleSetException(List.of(new RuleProblem(name, 0, 0,
                        "missing from the jar: this build has no built-in catalog; give a rules directory with --rules")));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RuleSetException(List.of(new RuleProblem(name, 0, 0, "cannot read the built-in catalog: " + e.getMessage())));
        }
    }

    /** A problem as printed for people: {@code rules/file:line:column: message}, or {@code rules: message}. */
    public String format(RuleProblem problem) {
        return problem.file().isEmpty() ? describe() + ": " + problem.message() : prefix() + problem;
    }

    @Override
    public String toString() {
        return describe();
    }
}
