package org.wanqi.enterprise;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An enterprise under supervision.
 *
 * @param uscc       the unified social credit code (统一社会信用代码)
 * @param regionCode the county-level GB/T 2260 code of the unit responsible for it
 */
@Document("enterprises")
record Enterprise(@Id String id, String name, @Indexed(unique = true) String uscc, String regionCode,
                  @Version Long version) {
}
