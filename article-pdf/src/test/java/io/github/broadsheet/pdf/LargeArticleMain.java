package io.github.broadsheet.pdf;

import io.github.broadsheet.render.RenderOptions;
import io.github.broadsheet.render.RenderResult;
import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Renders {@link LargeArticles#create(int, long)} in a JVM of its own (started by
 * {@link LargeArticleTest} with a small heap) and prints the SHA-256 of the PDF and its size.
 */
public final class LargeArticleMain {

    private LargeArticleMain() {}

    /**
     * Renders and prints {@code sha256 SIZE}.
     *
     * @param args the number of blocks and the seed
     * @throws Exception if rendering fails
     */
    public static void main(String[] args) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        long[] size = new long[1];
        OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) {
                size[0]++;
            }

            @Override
            public void write(byte[] b, int off, int len) {
                size[0] += len;
            }
        };
        RenderResult result;
        try (DigestOutputStream out = new DigestOutputStream(sink, sha)) {
            result = new PdfRenderer().render(LargeArticles.create(Integer.parseInt(args[0]), Long.parseLong(args[1])),
                    RenderOptions.defaults(), out);
        }
        System.out.println(HexFormat.of().formatHex(sha.digest()) + " " + size[0] + " " + result.warnings().size());
    }
}
