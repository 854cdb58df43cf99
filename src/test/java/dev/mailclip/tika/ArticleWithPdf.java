package dev.mailclip.tika;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The seed article message with a small PDF attached: the seed's body becomes the first part of a
 * multipart/mixed, the PDF (one page, one line of text, written here byte by byte) the second.
 */
final class ArticleWithPdf {
    static final String PDF_NAME = "minutes.pdf";
    static final String PDF_TEXT = "Ceasefire minutes attached";

    private ArticleWithPdf() {
    }

    static byte[] message() throws Exception {
        String seed = Files.readString(Hosts.SEED, StandardCharsets.UTF_8).replace("\r\n", "\n");
        int end = seed.indexOf("\n\n");
        List<String> envelope = new ArrayList<>();
        String bodyType = null;
        for (String line : seed.substring(0, end).split("\n")) {
            if (line.regionMatches(true, 0, "Content-Type:", 0, 13)) {
                bodyType = line;
            } else if (!line.regionMatches(true, 0, "MIME-Version:", 0, 13)) {
                envelope.add(line);
            }
        }
        String boundary = "mixed-mailclip-test-0001";
        StringBuilder m = new StringBuilder();
        m.append("MIME-Version: 1.0\n");
        envelope.forEach(l -> m.append(l).append('\n'));
        m.append("Content-Type: multipart/mixed; boundary=\"").append(boundary).append("\"\n\n");
        m.append("--").append(boundary).append('\n').append(bodyType).append("\n\n");
        m.append(seed.substring(end + 2));
        m.append("\n--").append(boundary).append('\n');
        m.append("Content-Type: application/pdf; name=\"").append(PDF_NAME).append("\"\n");
        m.append("Content-Disposition: attachment; filename=\"").append(PDF_NAME).append("\"\n");
        m.append("Content-Transfer-Encoding: base64\n\n");
        m.append(Base64.getMimeEncoder(76, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pdf(PDF_TEXT)));
        m.append("\n--").append(boundary).append("--\n");
        return m.toString().replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A one-page PDF 1.4 showing {@code text} in Helvetica, with a correct cross-reference table. */
    static byte[] pdf(String text) {
        String stream = "BT /F1 18 Tf 72 720 Td (" + text + ") Tj ET";
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                        + " /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        long[] offsets = new long[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        long xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (long off : offsets) {
            pdf.append(String.format("%010d 00000 n \n", off));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        out.writeBytes(pdf.toString().getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    static Path write(Path dir) throws Exception {
        return Files.write(dir.resolve("article-with-pdf.eml"), message());
    }
}
