package org.wanqi.base.i18n;

import java.nio.charset.StandardCharsets;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Spring's {@link MessageSource} over the same bundles as {@link Translations}: bean-validation
 * messages such as {@code {validation.phone}} resolve from them, in the request's or UI's language.
 * (Boot's own would need a base bundle without a locale, which we do not keep: Chinese is the default.)
 */
@Configuration(proxyBeanMethods = false)
class MessageSourceConfiguration {

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename(Translations.BUNDLE);
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        messages.setDefaultLocale(Translations.CHINESE);
        return messages;
    }
}
