package org.wanqi.organization;

import java.util.Locale;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A city bureau or one of its county branches.
 *
 * @param id         the GB/T 2260 code of the region it covers, e.g. {@code 130921} (沧县)
 * @param name       the Chinese name, e.g. 沧州市生态环境局沧县分局
 * @param nameEn     the English name
 * @param region     the region it covers, e.g. 沧县
 * @param regionEn   the region in English, e.g. Cang County
 * @param level      city or county
 * @param parentId   the city bureau a branch belongs to; null for the city bureau
 */
@Document("units")
public record Unit(@Id String id, String name, String nameEn, String region, String regionEn, Level level, String parentId) {

    public enum Level { CITY, COUNTY }

    public String displayName(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : name;
    }

    /** The region's name, e.g. 沧县 / Cang County: what lists and filters show. */
    public String regionName(Locale locale) {
        return "en".equals(locale.getLanguage()) && regionEn != null ? regionEn : region;
    }
}
