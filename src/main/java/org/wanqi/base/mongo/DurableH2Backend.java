package org.wanqi.base.mongo;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * The H2 (MVStore) backend of mongo-java-server, made to keep every acknowledged write.
 *
 * <p>The stock backend leaves changes in memory and lets MVStore write them in the background
 * about once a second, so a {@code kill -9} loses what was acknowledged in that second. Here a
 * command that changed the store commits it before its reply goes back to the client, so the
 * client only hears "ok" once the change is in the file. Read-only commands pay nothing.
 */
final class DurableH2Backend extends H2Backend {

    DurableH2Backend(MVStore store) {
        super(store);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        try {
            return super.handleCommand(channel, databaseName, command, query);
        } finally {
            commitIfChanged();
        }
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        try {
            return super.handleMessage(message);
        } finally {
            commitIfChanged();
        }
    }

    private void commitIfChanged() {
        if (getMvStore().hasUnsavedChanges()) {
            commit();
        }
    }
}
