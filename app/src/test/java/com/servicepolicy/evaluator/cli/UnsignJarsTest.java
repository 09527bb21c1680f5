package com.servicepolicy.evaluator.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The launcher's unsigned copies: signature files gone, every other entry kept byte for byte, unsigned jars untouched. */
class UnsignJarsTest {

    @Test
    void dropsTheSignatureFilesOfASignedJarAndKeepsEverythingElse(@TempDir Path dir) throws IOException {
        Path signed = jar(dir.resolve("signed.jar"), "META-INF/MANIFEST.MF", "META-INF/ECLIPSE_.SF", "META-INF/ECLIPSE_.RSA",
                "META-INF/services/javax.tools.JavaCompiler", "org/example/A.class");
        Path plain = jar(dir.resolve("plain.jar"), "META-INF/MANIFEST.MF", "org/example/B.class");
        long plainModified = Files.getLastModifiedTime(plain).toMillis();

        UnsignJars.main(new String[]{signed.toString(), plain.toString()});

        assertThat(entries(signed)).containsExactly("META-INF/MANIFEST.MF", "META-INF/services/javax.tools.JavaCompiler",
                "org/example/A.class");
        try (ZipFile zip = new ZipFile(signed.toFile())) {
            assertThat(new String(zip.getInputStream(zip.getEntry("org/example/A.class")).readAllBytes(),
                    StandardCharsets.UTF_8)).isEqualTo("content of org/example/A.class");
        }
        assertThat(UnsignJars.isSigned(signed)).isFalse();
        assertThat(entries(plain)).containsExactly("META-INF/MANIFEST.MF", "org/example/B.class");
        assertThat(Files.getLastModifiedTime(plain).toMillis()).isEqualTo(plainModified);
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("signed.jar", "plain.jar");
        }
    }

    private static Path jar(Path path, String... names) throws IOException {
        try (OutputStream file = Files.newOutputStream(path); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(("content of " + name).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return path;
    }

    private static List<String> entries(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().map(ZipEntry::getName).toList();
        }
    }
}
