package org.wanqi.base.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The embedded server starts only when no MongoDB is configured. */
class EmbeddedMongoConfigurationTest {

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(EmbeddedMongoConfiguration.class)
            .withPropertyValues("wanqi.mongo.embedded.in-memory=true");

    @Test
    void withoutAConnectionStringTheEmbeddedServerStartsAndIsWhereTheClientConnects() {
        runner.withPropertyValues("spring.mongodb.database=registry").run(context -> {
            assertThat(context).hasSingleBean(EmbeddedMongoServer.class);
            var connection = context.getBean(MongoConnectionDetails.class).getConnectionString();
            assertThat(connection.getHosts()).singleElement().asString().startsWith("127.0.0.1:");
            assertThat(connection.getDatabase()).isEqualTo("registry");
        });
    }

    @Test
    void aSpringConnectionStringMeansNothingEmbeddedStarts() {
        runner.withPropertyValues("spring.mongodb.uri=mongodb://db1,db2,db3/wanqi?replicaSet=rs0")
                .run(context -> assertThat(context).doesNotHaveBean(EmbeddedMongoServer.class));
    }

    @Test
    void theMongodbUriVariableMeansNothingEmbeddedStarts() {
        runner.withPropertyValues("MONGODB_URI=mongodb://db1/wanqi")
                .run(context -> assertThat(context).doesNotHaveBean(EmbeddedMongoServer.class));
    }

    @Test
    void anEmptyConnectionStringStillMeansEmbedded() {
        runner.withPropertyValues("spring.mongodb.uri=", "MONGODB_URI=")
                .run(context -> assertThat(context).hasSingleBean(EmbeddedMongoServer.class));
    }
}
