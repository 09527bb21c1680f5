package com.servicepolicy.evaluator.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What compiled rule classes depend on besides their DRL, hashed into every cache key: the Drools version,
 * the Java version, this build of the evaluator (a stamp the build writes) and the class files of every type
 * the DRL imports or declares as a global, so that classes compiled against other fact classes are never loaded.
 */
final class EngineBuild {
    private static final Pattern IMPORTED = Pattern.compile(
            "^\\s*(?:import|global)\\s+(?:static\\s+|function\\s+|accumulate\\s+)?([\\w.$]+)", Pattern.MULTILINE);
    private static final String STAMP = "com/servicepolicy/evaluator/engine/build.properties";
    private static final String DROOLS = "META-INF/maven/org.drools/drools-core/pom.properties";
    private static final String FIXED = fixedPart();

    private EngineBuild() {
    }

    static String id(Collection<String> drlTexts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(FIXED.getBytes(StandardCharsets.UTF_8));
            TreeSet<String> types = new TreeSet<>();
            for (String drl : drlTexts) {
                Matcher m = IMPORTED.matcher(drl);
                while (m.find()) {
                    types.add(m.group(1));
                }
            }
            for (String type : types) {
                sha.update(type.getBytes(StandardCharsets.UTF_8));
                sha.update(classBytes(type));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The class file of a type, or of its enclosing type for an imported function or static member. */
    private static byte[] classBytes(String name) {
        for (String candidate = name; candidate.contains("."); candidate = candidate.substring(0, candidate.lastIndexOf('.'))) {
            byte[] bytes = resource(candidate.replace('.', '/') + ".class");
            if (bytes.length > 0) {
                return bytes;
            }
        }
        return new byte[0];
    }

    private static String fixedPart() {
        return "drools=" + property(DROOLS, "version") + " java=" + System.getProperty("java.specification.version")
                + " evaluator=" + property(STAMP, "build");
    }

    private static String property(String resource, String key) {
        Properties p = new Properties();
        try (InputStream in = EngineBuild.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty(key, "unknown");
    }

    private static byte[] resource(String name) {
        try (InputStream in = EngineBuild.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
