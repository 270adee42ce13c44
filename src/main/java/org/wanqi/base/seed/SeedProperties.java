package org.wanqi.base.seed;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param demo load the demo users, enterprises and records of {@code seed/} on first start */
@ConfigurationProperties("wanqi.seed")
record SeedProperties(Boolean demo) {

    SeedProperties {
        demo = demo == null || demo;
    }
}
