package org.wanqi.base.mongo;

import java.nio.file.Path;

import com.mongodb.ConnectionString;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded MongoDB when no connection string is configured, and hands its address to
 * Spring Boot's MongoDB client as {@link MongoConnectionDetails}: the client bean depends on it,
 * so the server is listening before the client connects, and it is stopped after the client closes.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoMongoUriConfigured.class)
@EnableConfigurationProperties(EmbeddedMongoConfiguration.EmbeddedMongoProperties.class)
class EmbeddedMongoConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedMongoServer embeddedMongoServer(EmbeddedMongoProperties properties) {
        if (properties.inMemory()) {
            return EmbeddedMongoServer.startInMemory(properties.host());
        }
        return EmbeddedMongoServer.startOnDisk(properties.dataDir(), properties.host(), properties.port(),
                EmbeddedMongoServer.Durability.COMMIT_EACH_WRITE);
    }

    @Bean
    MongoConnectionDetails embeddedMongoConnectionDetails(EmbeddedMongoServer server, Environment environment) {
        String database = environment.getProperty("spring.mongodb.database", "wanqi");
        ConnectionString connectionString = new ConnectionString(server.connectionString(database));
        return () -> connectionString;
    }

    /**
     * @param dataDir  where the H2 file lives ({@code WANQI_DATA_DIR}, default {@code ./data})
     * @param inMemory keep nothing on disk (tests)
     * @param host     the address to bind; loopback unless you mean otherwise
     * @param port     0 picks a free port
     */
    @ConfigurationProperties("wanqi.mongo.embedded")
    record EmbeddedMongoProperties(Path dataDir, boolean inMemory, String host, int port) {
        EmbeddedMongoProperties {
            dataDir = dataDir == null ? Path.of("data") : dataDir;
            host = host == null || host.isBlank() ? "127.0.0.1" : host;
        }
    }
}
