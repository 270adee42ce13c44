package org.wanqi.files;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FileProperties.class)
class FilesConfiguration {

    @Bean
    GridFSBucket evidenceBucket(MongoDatabaseFactory databases) {
        return GridFSBuckets.create(databases.getMongoDatabase(), "files");
    }
}
