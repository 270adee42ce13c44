package org.wanqi.files;

import java.io.InputStream;
import java.time.Instant;

/**
 * A file with what was recorded about it, and its bytes to stream once.
 *
 * @param takenAt when the photo was taken (EXIF), or null
 */
public record StoredFile(Attachment attachment, String uploadedBy, Instant uploadedAt, Instant takenAt,
                         InputStream content) {
}
