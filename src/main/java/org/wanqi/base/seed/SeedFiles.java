package org.wanqi.base.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
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

    /** The records of {@code seed/<name>}, a JSON array. */
    public <T> List<T> read(String name, Class<T> type) {
        try (InputStream in = new ClassPathResource("seed/" + name).getInputStream()) {
            return json.readValue(in, json.getTypeFactory().constructCollectionType(List.class, type));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seed/" + name, e);
        }
    }
}
