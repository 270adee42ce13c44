package org.wanqi.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.util.FileSystemUtils;

/**
 * A benchmark's data folder in the system's temporary folder, deleted when the benchmark ends, and
 * also when it is stopped (Ctrl-C, {@code kill}; not {@code kill -9}): one ingestion run writes a few
 * gigabytes. Close it after the application that uses it; its text is its path.
 */
public final class ScratchFolder implements AutoCloseable {

    private final Path path;
    private final Thread onStop;

    private ScratchFolder(Path path) {
        this.path = path;
        this.onStop = new Thread(this::delete, "delete " + path);
        Runtime.getRuntime().addShutdownHook(onStop);
    }

    public static ScratchFolder create(String prefix) {
        try {
            return new ScratchFolder(Files.createTempDirectory(prefix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path path() {
        return path;
    }

    @Override
    public void close() {
        delete();
        try {
            Runtime.getRuntime().removeShutdownHook(onStop);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs anyway, and finds nothing left to delete
        }
    }

    private void delete() {
        try {
            FileSystemUtils.deleteRecursively(path);
        } catch (IOException e) {
            System.err.println("Could not delete " + path + ": " + e);
        }
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
