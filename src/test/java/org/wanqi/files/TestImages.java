package org.wanqi.files;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import javax.imageio.ImageIO;

/** Real images for tests: decodable photos, optionally carrying an EXIF DateTimeOriginal. */
public final class TestImages {

    private TestImages() {
    }

    /** A {@code width}×{@code height} image in {@code format} ("jpg", "png"), its pixels varying with {@code seed}. */
    public static byte[] image(String format, int width, int height, int seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(seed * 37 % 256, 120, seed * 91 % 256));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A JPEG whose EXIF says it was taken at {@code taken} (camera local time). */
    public static byte[] jpegTakenAt(LocalDateTime taken) {
        byte[] jpeg = image("jpg", 64, 48, 7);
        byte[] date = (taken.format(DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss")) + "\0").getBytes(StandardCharsets.US_ASCII);
        // TIFF, big-endian: IFD0 with one entry pointing to the Exif IFD, which holds DateTimeOriginal.
        ByteBuffer tiff = ByteBuffer.allocate(8 + 18 + 18 + date.length);
        tiff.put(new byte[]{'M', 'M', 0, 42}).putInt(8);
        tiff.putShort((short) 1).putShort((short) 0x8769).putShort((short) 4).putInt(1).putInt(26).putInt(0);
        tiff.putShort((short) 1).putShort((short) 0x9003).putShort((short) 2).putInt(date.length).putInt(44).putInt(0);
        tiff.put(date);
        byte[] exif = ByteBuffer.allocate(6 + tiff.capacity()).put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(tiff.array()).array();
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + 4 + exif.length);
        out.put(jpeg, 0, 2).put((byte) 0xFF).put((byte) 0xE1).putShort((short) (exif.length + 2)).put(exif);
        out.put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }
}
