package com.servicepolicy.evaluator.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the rules directory (sub-directories included) and reloads once the files have been
 * quiet for the debounce period, so that an editor's save-as-several-writes reloads once; a directory
 * replaced at the rules path (renamed into place, a re-pointed link) is watched in its turn. Falls
 * back to polling the files' sizes and times when the file system offers no watch service.
 */
public class RulesDirectoryWatcher implements SmartLifecycle {
    private static final Logger log = LoggerFactory.getLogger(RulesDirectoryWatcher.class);
    /** How often the watcher checks that the directory it watches is still the one at the rules path. */
    private static final Duration RECHECK = Duration.ofSeconds(1);

    private final RuleSetHolder holder;
    private final Path dir;
    private final Duration debounce;
    private final boolean enabled;
    private volatile boolean running;
    private volatile Thread thread;
    private volatile WatchService watchService;

    public RulesDirectoryWatcher(RuleSetHolder holder, Duration debounce, boolean enabled) {
        this.holder = holder;
        this.dir = holder.source().directory().orElse(null);
        this.debounce = debounce;
        this.enabled = enabled && dir != null; // the built-in catalog never changes
    }

    @Override
    public boolean isAutoStartup() {
        return enabled;
    }

    @Override
    public void start() {
        running = true;
        Thread t = new Thread(this::watch, "rules-watcher");
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    @Override
    public void stop() {
        running = false;
        WatchService ws = watchService;
        if (ws != null) {
            try {
                ws.close();
            } catch (IOException ignored) {
                // closing only wakes the thread up
            }
        }
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void watch() {
        boolean replaced = false;
        try {
            while (running) {
                Object identity = identity();
                if (identity == null) { // between a deployment's removal of the directory and its new one
                    Thread.sleep(RECHECK.toMillis());
                    continue;
                }
                try (WatchService ws = dir.getFileSystem().newWatchService()) {
                    watchService = ws;
                    registerTree(dir.toRealPath(), ws); // its sub-directories too when dir is a link
                    if (replaced) {
                        log.info("The rules directory {} was replaced; watching the new one", dir.toAbsolutePath());
                        holder.reload();
                    } else {
                        log.info("Watching {} for rule changes", dir.toAbsolutePath());
                    }
                    watchUntilReplaced(ws, identity);
                    replaced = true;
                } catch (NoSuchFileException e) {
                    replaced = true; // replaced while it was being registered: register the new one
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | UnsupportedOperationException e) {
            log.info("No watch service for {} ({}); polling it instead", dir, e.toString());
            poll();
        }
    }

    /**
     * Reloads after each quiet spell of changes, until the directory at {@code dir} is another one: a watch
     * follows the directory it was registered on, so after a deployment that renames a new directory into place
     * or re-points a symbolic link, it would never see a change again (and said nothing).
     */
    private void watchUntilReplaced(WatchService ws, Object identity) throws IOException, InterruptedException {
        while (running) {
            WatchKey key = ws.poll(RECHECK.toMillis(), TimeUnit.MILLISECONDS);
            if (key != null) {
                drain(key, ws);
                while ((key = ws.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    drain(key, ws);
                }
                holder.reload();
            }
            if (!identity.equals(identity())) {
                return;
            }
        }
    }

    /** The directory {@code dir} names now (through a symbolic link), or null while there is none. */
    private Object identity() {
        try {
            Object key = Files.readAttributes(dir, BasicFileAttributes.class).fileKey();
            return key != null ? key : dir; // no file keys here: a replacement cannot be told
        } catch (IOException e) {
            return null;
        }
    }

    private void drain(WatchKey key, WatchService ws) throws IOException {
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && key.watchable() instanceof Path parent) {
                Path created = parent.resolve((Path) event.context());
                if (Files.isDirectory(created)) {
                    registerTree(created, ws);
                }
            }
        }
        key.reset();
    }

    private static void registerTree(Path root, WatchService ws) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path d : (Iterable<Path>) dirs.filter(Files::isDirectory)::iterator) {
                d.register(ws, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    /** Polling fallback: reload when the fingerprint changed and then stayed the same for one debounce period. */
    private void poll() {
        List<String> seen = fingerprint();
        try {
            while (running) {
                Thread.sleep(Math.max(debounce.toMillis(), 250));
                List<String> now = fingerprint();
                if (!now.equals(seen)) {
                    do {
                        seen = now;
                        Thread.sleep(debounce.toMillis());
                        now = fingerprint();
                    } while (!now.equals(seen) && running);
                    holder.reload();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<String> fingerprint() {
        try (Stream<Path> files = Files.walk(dir.toRealPath())) {
            return files.filter(Files::isRegularFile).sorted().map(f -> {
                try {
                    return f + "|" + Files.size(f) + "|" + Files.getLastModifiedTime(f).toMillis();
                } catch (IOException e) {
                    return f + "|gone";
                }
            }).toList();
        } catch (IOException e) {
            return List.of("unreadable: " + e.getMessage());
        }
    }
}
