package io.github.broadsheet.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Small images drawn by the tests (headless), and one whose header claims far too many pixels. */
final class Images {

    private Images() {}

    /** {@return a PNG of a sky, a sea and a white tower} @param width pixels @param height pixels */
    static byte[] png(int width, int height) {
        return encode(picture(width, height, BufferedImage.TYPE_INT_ARGB), "png");
    }

    /** {@return a JPEG of the same picture} @param width pixels @param height pixels */
    static byte[] jpeg(int width, int height) {
        return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    static String dataUri(byte[] bytes, String mediaType) {
        return "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    private static BufferedImage picture(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(new Color(0x9C, 0xC3, 0xE6));
            g.fillRect(0, 0, width, height / 2);
            g.setColor(new Color(0x2E, 0x5E, 0x8C));
            g.fillRect(0, height / 2, width, height - height / 2);
            g.setColor(Color.WHITE);
            g.fillRect(width / 2 - width / 16, height / 5, Math.max(1, width / 8), height / 2);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return the start of a PNG whose header says it is 20,000 × 20,000 pixels, with no pixels after it} */
    static byte[] hugePngHeader() {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(20_000).putInt(20_000)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        byte[] type = {'I', 'H', 'D', 'R'};
        CRC32 crc = new CRC32();
        crc.update(type);
        crc.update(ihdr.array());
        return ByteBuffer.allocate(8 + 4 + 4 + 13 + 4)
                .put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})
                .putInt(13).put(type).put(ihdr.array()).putInt((int) crc.getValue())
                .array();
    }
}
