package org.wanqi.base.mongo;

import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * The H2 (MVStore) backend of mongo-java-server (with BSON maps), made to keep every acknowledged write.
 *
 * <p>The stock backend leaves changes in memory and lets MVStore write them in the background
 * about once a second, so a {@code kill -9} loses what was acknowledged in that second. Here a
 * command that changed the store waits, before its reply goes back to the client, until a commit
 * that includes its change has written the store to its file.
 *
 * <p>Commits are grouped: while one thread commits, writes that arrive meanwhile queue up, and the
 * next commit covers all of them. A change is applied to the store before its command asks for a
 * commit, so a commit started after the request includes it.
 *
 * <p>A write sent with the write concern {@code j: false} is acknowledged without a commit, as a
 * MongoDB server acknowledges it before its journal has it; {@link #makeDurable()} (the embedded
 * server's {@code flush}) then commits it together with whatever else came meanwhile. Read-only
 * commands never wait for a commit.
 */
final class DurableH2Backend extends BsonH2Backend {

    private static final Set<String> READ_ONLY = Set.of("find", "getMore", "count", "distinct", "listCollections",
            "listIndexes", "listDatabases", "killCursors", "endSessions", "ping", "hello", "isMaster", "ismaster",
            "buildInfo", "buildinfo", "getParameter", "serverStatus", "dbStats", "collStats");

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition committedMore = lock.newCondition();
    /** The number of writes that asked for a commit so far. */
    private long requested;
    /** Every write up to this number is on disk. */
    private long durable;
    private boolean committing;

    DurableH2Backend(MVStore store) {
        super(store);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        try {
            return super.handleCommand(channel, databaseName, command, query);
        } finally {
            if (!READ_ONLY.contains(command) && !unjournaled(query)) {
                makeDurable();
            }
        }
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        try {
            return super.handleMessage(message);
        } finally {
            makeDurable();
        }
    }

    private static boolean unjournaled(Document command) {
        return command.get("writeConcern") instanceof Document concern && Boolean.FALSE.equals(concern.get("j"));
    }

    /** Returns once every change applied so far (if any) is committed to the file. */
    void makeDurable() {
        if (!getMvStore().hasUnsavedChanges()) {
            return;
        }
        lock.lock();
        try {
            long ticket = ++requested;
            while (durable < ticket) {
                if (committing) {
                    committedMore.awaitUninterruptibly();
                } else {
                    commitFor(requested);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Commits (outside the lock, so later writes can queue) everything requested up to {@code upTo}.
     * A failed commit acknowledges nothing: its waiters try again, this caller gets the error.
     */
    private void commitFor(long upTo) {
        committing = true;
        lock.unlock();
        boolean written = false;
        try {
            commit();
            written = true;
        } finally {
            lock.lock();
            committing = false;
            if (written) {
                durable = Math.max(durable, upTo);
            }
            committedMore.signalAll();
        }
    }
}
