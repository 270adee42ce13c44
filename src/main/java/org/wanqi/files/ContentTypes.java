package org.wanqi.files;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The content type of a file, told by its first bytes (never by its name): JPEG, PNG, HEIC/HEIF
 * photos and PDF documents. Anything else is not evidence we accept.
 */
final class ContentTypes {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final Set<String> HEIC_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis");
    private static final Set<String> HEIF_BRANDS = Set.of("mif1", "msf1", "heif");

    private ContentTypes() {
    }

    static Optional<String> sniff(byte[] bytes) {
        if (startsWith(bytes, JPEG)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(bytes, PNG)) {
            return Optional.of("image/png");
        }
        if (startsWith(bytes, PDF)) {
            return Optional.of("application/pdf");
        }
        if (bytes.length >= 12 && "ftyp".equals(ascii(bytes, 4))) {
            String brand = ascii(bytes, 8);
            if (HEIC_BRANDS.contains(brand)) {
                return Optional.of("image/heic");
            }
            if (HEIF_BRANDS.contains(brand)) {
                return Optional.of("image/heif");
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }

    private static String ascii(byte[] bytes, int offset) {
        return new String(bytes, offset, 4, StandardCharsets.US_ASCII);
    }
}
