package org.wanqi.base.mongo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs {@link EmbeddedMongoServer} on a data folder in a JVM of its own, so a test can kill it
 * with SIGKILL. Prints {@code LISTENING <connection string>} when ready, then waits forever.
 */
public final class EmbeddedServerProcess {

    private final Process process;
    private final String connectionString;

    private EmbeddedServerProcess(Process process, String connectionString) {
        this.process = process;
        this.connectionString = connectionString;
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedMongoServer server = EmbeddedMongoServer.startOnDisk(Path.of(args[0]), "127.0.0.1", 0,
                EmbeddedMongoServer.Durability.valueOf(args[1]));
        System.out.println("LISTENING " + server.connectionString("probe"));
        System.out.flush();
        new CountDownLatch(1).await();
    }

    /** Starts the server in a new JVM with this JVM's class path and waits until it listens. */
    public static EmbeddedServerProcess start(Path dataDir, EmbeddedMongoServer.Durability durability) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EmbeddedServerProcess.class.getName(), dataDir.toString(), durability.name())
                .redirectErrorStream(true)
                .start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = output.readLine()) != null) {
            if (line.startsWith("LISTENING ")) {
                Thread drain = new Thread(() -> drain(output));
                drain.setDaemon(true);
                drain.start();
                return new EmbeddedServerProcess(process, line.substring("LISTENING ".length()));
            }
        }
        throw new IOException("The embedded server process ended before listening (exit " + process.exitValue() + ")");
    }

    private static void drain(BufferedReader output) {
        try {
            while (output.readLine() != null) {
                // discard the server's log so its pipe never fills
            }
        } catch (IOException killed) {
            // the process is gone
        }
    }

    public String connectionString() {
        return connectionString;
    }

    /** SIGKILL: no shutdown hook, no final commit. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }
}
