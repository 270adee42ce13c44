package org.wanqi.files;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on evidence files.
 *
 * @param maxSize     largest file accepted
 * @param maxPerOwner most files on one visit or one risk
 */
@ConfigurationProperties("wanqi.files")
public record FileProperties(@DefaultValue("10MB") DataSize maxSize, @DefaultValue("20") int maxPerOwner) {
}
