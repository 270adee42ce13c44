package org.wanqi.base.mongo;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * How the embedded MongoDB lays out its H2 maps: documents, index keys and document positions as
 * BSON, the format MongoDB itself stores and sends.
 *
 * <p>The stock backend leaves them to H2's generic object type, which uses Java serialization —
 * and compares index keys (which are not {@link Comparable}) by serializing both sides on every
 * step of every B-tree search. Profiles of visit ingestion showed a sixth of all CPU time there.
 * These types write each value once, compactly, and compare keys as MongoDB orders values.
 */
final class BsonTypes {

    /** A document: its BSON bytes (which begin with their own length). */
    static final BasicDataType<Document> DOCUMENT = new DocumentType();
    /** A unique index's key: the values of the indexed fields, in order. */
    static final BasicDataType<KeyValue> INDEX_KEY = new IndexKeyType();
    /** Where a document is: its {@code _id} value (or a generated UUID in collections without one). */
    static final BasicDataType<Object> POSITION = new PositionType();

    private static final ThreadLocal<ByteBuf> SCRATCH = ThreadLocal.withInitial(() -> Unpooled.buffer(4096));
    /** A scratch buffer grown past this (a huge document) is let go rather than kept by its thread. */
    private static final int SCRATCH_KEPT = 1 << 20;

    /** Tags that BSON does not use as type bytes. */
    private static final byte MISSING = 0x60;
    private static final byte JAVA_UUID = 0x61;

    private static final ValueComparator VALUES = ValueComparator.asc();

    private BsonTypes() {
    }

    private static final class DocumentType extends BasicDataType<Document> {

        @Override
        public int getMemory(Document document) {
            return memory(document);
        }

        @Override
        public void write(WriteBuffer buffer, Document document) {
            ByteBuf bytes = scratch();
            BsonEncoder.encodeDocument(document, bytes);
            copy(bytes, buffer);
        }

        @Override
        public Document read(ByteBuffer buffer) {
            int length = buffer.duplicate().order(ByteOrder.LITTLE_ENDIAN).getInt(buffer.position());
            Document document = BsonDecoder.decodeBson(Unpooled.wrappedBuffer(buffer.slice(buffer.position(), length)));
            buffer.position(buffer.position() + length);
            return document;
        }

        @Override
        public Document[] createStorage(int size) {
            return new Document[size];
        }
    }

    private static final class IndexKeyType extends BasicDataType<KeyValue> {

        @Override
        public int getMemory(KeyValue key) {
            int memory = 32;
            for (Object value : key) {
                memory += 8 + memory(value);
            }
            return memory;
        }

        @Override
        public int compare(KeyValue a, KeyValue b) {
            int common = Math.min(a.size(), b.size());
            for (int i = 0; i < common; i++) {
                int order = comparePositions(a.get(i), b.get(i));
                if (order != 0) {
                    return order;
                }
            }
            return Integer.compare(a.size(), b.size());
        }

        @Override
        public void write(WriteBuffer buffer, KeyValue key) {
            buffer.putVarInt(key.size());
            for (Object value : key) {
                writeValue(buffer, value);
            }
        }

        @Override
        public KeyValue read(ByteBuffer buffer) {
            int size = DataUtils.readVarInt(buffer);
            List<Object> values = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                values.add(readValue(buffer));
            }
            return new KeyValue(values);
        }

        @Override
        public KeyValue[] createStorage(int size) {
            return new KeyValue[size];
        }
    }

    private static final class PositionType extends BasicDataType<Object> {

        @Override
        public int getMemory(Object position) {
            return memory(position);
        }

        @Override
        public int compare(Object a, Object b) {
            return comparePositions(a, b);
        }

        @Override
        public void write(WriteBuffer buffer, Object position) {
            writeValue(buffer, position);
        }

        @Override
        public Object read(ByteBuffer buffer) {
            return readValue(buffer);
        }

        @Override
        public Object[] createStorage(int size) {
            return new Object[size];
        }
    }

    /** MongoDB's order of values; the absent value first, generated UUIDs after every BSON value. */
    private static int comparePositions(Object a, Object b) {
        boolean aMissing = a instanceof Missing;
        boolean bMissing = b instanceof Missing;
        if (aMissing || bMissing) {
            return Boolean.compare(bMissing, aMissing);
        }
        boolean aUuid = a instanceof UUID;
        boolean bUuid = b instanceof UUID;
        if (aUuid && bUuid) {
            return ((UUID) a).compareTo((UUID) b);
        }
        if (aUuid || bUuid) {
            return Boolean.compare(aUuid, bUuid);
        }
        return VALUES.compare(a, b);
    }

    private static void writeValue(WriteBuffer buffer, Object value) {
        if (value instanceof Missing) {
            buffer.put(MISSING);
        } else if (value instanceof UUID uuid) {
            buffer.put(JAVA_UUID).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits());
        } else {
            byte type = BsonEncoder.determineType(value);
            ByteBuf bytes = scratch();
            BsonEncoder.encodeValue(type, value, bytes);
            copy(bytes, buffer.put(type));
        }
    }

    /**
     * This thread's buffer to encode a value into before it is copied to the page: a page is written
     * again at every commit that changes it, and a fresh buffer growing for each of its values was a
     * tenth of everything the application allocated under load.
     */
    private static ByteBuf scratch() {
        return SCRATCH.get().clear();
    }

    private static void copy(ByteBuf bytes, WriteBuffer buffer) {
        buffer.put(bytes.array(), bytes.arrayOffset() + bytes.readerIndex(), bytes.readableBytes());
        if (bytes.capacity() > SCRATCH_KEPT) {
            SCRATCH.remove();
        }
    }

    private static Object readValue(ByteBuffer buffer) {
        byte type = buffer.get();
        if (type == MISSING) {
            return Missing.getInstance();
        }
        if (type == JAVA_UUID) {
            return new UUID(buffer.getLong(), buffer.getLong());
        }
        ByteBuf bytes = Unpooled.wrappedBuffer(buffer.slice());
        Object value = BsonDecoder.decodeValue(type, bytes);
        buffer.position(buffer.position() + bytes.readerIndex());
        return value;
    }

    /** A rough estimate of a value's heap size, for MVStore's page cache and page splits. */
    private static int memory(Object value) {
        if (value instanceof String text) {
            return 40 + text.length();
        }
        if (value instanceof Map<?, ?> map) {
            int memory = 64;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                memory += 40 + memory(entry.getKey()) + memory(entry.getValue());
            }
            return memory;
        }
        if (value instanceof Collection<?> values) {
            int memory = 40;
            for (Object element : values) {
                memory += 8 + memory(element);
            }
            return memory;
        }
        return 24;
    }
}
