package org.wanqi.base.mongo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when neither {@code spring.mongodb.uri} nor {@code MONGODB_URI} names a MongoDB server. */
final class NoMongoUriConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var environment = context.getEnvironment();
        return isBlank(environment.getProperty("spring.mongodb.uri"))
                && isBlank(environment.getProperty("MONGODB_URI"))
                && isBlank(environment.getProperty("spring.mongodb.host"));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
