package org.wanqi.base.mongo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MongoDB-wire-protocol server inside this JVM (mongo-java-server), bound to a local address.
 *
 * <p>{@link Durability#COMMIT_EACH_WRITE} (the application's mode) keeps every acknowledged write
 * across a crash; {@link Durability#BACKGROUND} is the library's stock behaviour and exists to
 * measure what the guarantee costs.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);

    public enum Durability { COMMIT_EACH_WRITE, BACKGROUND }

    /**
     * MVStore's page cache (its default size). Larger caches keep every superseded page of a busy
     * collection alive for seconds, which the garbage collector then copies: with 256 MB, visit
     * ingestion ran at a third of the rate with 100 ms pauses (docs/benchmarks.md). Pages read back
     * from the file cost a BSON decode.
     */
    private static final int CACHE_MB = 16;

    /**
     * MVStore's housekeeping target (its {@code autoCompactFillRate}; the default is 90). While
     * commits keep coming, MVStore rewrites the live pages of old chunks once their live share is
     * below about {@code (rate² / 100 − 50) × 2} percent; when the file has been idle for a second,
     * once it is below {@code rate}. At 90 that rewrite ran every second under sustained ingestion,
     * reading pages back and writing them again in competition with the group commits, and visit
     * ingestion's p99 grew with the store, from ~45 ms to 90–145 ms after 70,000 visits
     * (docs/benchmarks.md). At 70 the store compacts only when idle, which takes seconds.
     */
    static final int COMPACT_FILL_RATE = 70;

    private final MongoBackend backend;
    private final MongoServer server;
    private final InetSocketAddress address;

    private EmbeddedMongoServer(MongoBackend backend, String host, int port) {
        this.backend = backend;
        this.server = new MongoServer(backend);
        server.bind(host, port);
        this.address = server.getLocalAddress();
    }

    /** Starts a server that stores in {@code dataDir/wanqi.mv.db}. */
    public static EmbeddedMongoServer startOnDisk(Path dataDir, String host, int port, Durability durability) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data folder " + dataDir.toAbsolutePath(), e);
        }
        Path file = dataDir.resolve("wanqi.mv.db").toAbsolutePath();
        StorageFormat.upgrade(file);
        MVStore store = open(file);
        H2Backend backend = durability == Durability.COMMIT_EACH_WRITE ? new DurableH2Backend(store) : new BsonH2Backend(store);
        EmbeddedMongoServer server = new EmbeddedMongoServer(backend, host, port);
        log.info("Embedded MongoDB ({}) listening on {}, storing in {}", durability, server.address, file);
        return server;
    }

    /** Opens (or creates) the store file with the settings of the on-disk server. */
    static MVStore open(Path file) {
        return new MVStore.Builder().fileName(file.toString()).cacheSize(CACHE_MB).autoCompactFillRate(COMPACT_FILL_RATE).open();
    }

    /** Starts a server that keeps everything in memory: for tests. */
    public static EmbeddedMongoServer startInMemory(String host) {
        return new EmbeddedMongoServer(new BsonH2Backend(MVStore.open(null)), host, 0);
    }

    /**
     * Whether writes sent with {@code j: false} wait for {@link #flush()} to be on disk (the durable
     * on-disk mode); elsewhere every acknowledged write is as durable as it will get.
     */
    public boolean defersUnjournaledWrites() {
        return backend instanceof DurableH2Backend;
    }

    /** Commits every write acknowledged so far to the file, those sent with {@code j: false} included. */
    public void flush() {
        if (backend instanceof DurableH2Backend durable) {
            durable.makeDurable();
        }
    }

    public String connectionString(String database) {
        return "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + database;
    }

    @Override
    public void close() {
        server.shutdown();
        backend.close();
        log.info("Embedded MongoDB on {} stopped", address);
    }
}
