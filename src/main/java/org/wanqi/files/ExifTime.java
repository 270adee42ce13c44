package org.wanqi.files;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import java.util.TimeZone;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifSubIFDDirectory;

/**
 * When a photo was taken, from its EXIF DateTimeOriginal. Cameras write local time without a
 * zone, so it is read in the business zone (where the visits happen).
 */
final class ExifTime {

    private ExifTime() {
    }

    static Optional<Instant> of(byte[] photo, ZoneId zone) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(photo), photo.length);
            ExifSubIFDDirectory exif = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
            Date taken = exif == null ? null : exif.getDateOriginal(TimeZone.getTimeZone(zone));
            return Optional.ofNullable(taken).map(Date::toInstant);
        } catch (Exception unreadable) {
            return Optional.empty();
        }
    }
}
