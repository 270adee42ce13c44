package org.wanqi.base.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON files of {@code seed/} (packed into the jar under {@code classpath:seed/}).
 * Each module loads its own file; {@code wanqi.seed.demo} says whether demo data is wanted.
 */
@Component
public class SeedFiles {

    private final JsonMapper json;
    private final SeedProperties properties;

    SeedFiles(JsonMapper json, SeedProperties properties) {
        this.json = json;
        this.properties = properties;
    }

    public boolean demoEnabled() {
        return properties.demo();
    }

    /**
     * Loads {@code seed/<name>} into the collection of {@code document} when that collection is
     * empty, each record turned into a document by {@code toDocument}; leaves existing data alone.
     */
    public <S, D> void insertIfEmpty(MongoTemplate mongo, Class<D> document, String name, Class<S> records,
                                     Function<S, D> toDocument) {
        if (mongo.count(new Query(), document) == 0) {
            mongo.insertAll(read(name, records).stream().map(toDocument).toList());
        }
    }

    /** The records of {@code seed/<name>}, a JSON array. */
    public <T> List<T> read(String name, Class<T> type) {
        try (InputStream in = new ClassPathResource("seed/" + name).getInputStream()) {
            return json.readValue(in, json.getTypeFactory().constructCollectionType(List.class, type));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seed/" + name, e);
        }
    }
}
