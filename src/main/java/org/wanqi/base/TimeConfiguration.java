package org.wanqi.base;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Time comes from one injected {@link Clock} (UTC); day boundaries and displayed times use the
 * business zone {@code wanqi.zone} (Asia/Shanghai unless configured).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TimeConfiguration.BusinessTimeProperties.class)
class TimeConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    BusinessZone businessZone(BusinessTimeProperties properties) {
        return new BusinessZone(properties.zone());
    }

    @ConfigurationProperties("wanqi")
    record BusinessTimeProperties(ZoneId zone) {
        BusinessTimeProperties {
            zone = zone == null ? ZoneId.of("Asia/Shanghai") : zone;
        }
    }
}
