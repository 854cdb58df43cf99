package dev.mailclip.bench;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the n-th message of a synthetic mailbox: a fixture replayed with new identity, a generated
 * clip in one of the styles mailclip reads, a forward built from a forward fixture, ordinary mail,
 * an HTML newsletter; some carry attachments. Every message differs from every other (its
 * Message-ID, dates, URLs, and generated words all derive from the seed and n).
 */
final class Messages {
    private static final DateTimeFormatter RFC822 = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ROOT);
    private static final Pattern URL_HOST = Pattern.compile("(https?://[A-Za-z0-9.-]+\\.[A-Za-z]{2,})/");
    private static final Pattern MESSAGE_ID = Pattern.compile("(?im)^Message-ID:[^\\n]*(\\n[ \\t][^\\n]*)*\\n");
    private static final Pattern DATE = Pattern.compile("(?im)^Date:[^\\n]*\\n");
    private static final Pattern SUBJECT = Pattern.compile("(?im)^Subject:([^\\n]*)\\n");
    private static final String[] PEOPLE = {"Sam Reader <sam.reader@gmail.com>", "Ann Lee <ann.lee@example.org>",
            "Omar Haddad <omar.haddad84@example.com>", "Jürgen Weiß <jw@example.de>", "Li Wei <li.wei@example.cn>",
            "Marta Nowak <marta@example.pl>", "Robert Miller <r.miller77@example.org>"};
    private static final String[] SITES = {"example.net", "news.example.com", "www.dailyexample.co.uk",
            "blog.example.org", "example.fr", "zeitung.example.de"};

    private final Words words;
    private final List<byte[]> templates;
    private final List<Fixtures.Forward> forwards;
    private final long seed;

    Messages(Words words, List<byte[]> templates, List<Fixtures.Forward> forwards, long seed) {
        this.words = words;
        this.templates = templates;
        this.forwards = forwards;
        this.seed = seed;
    }

    byte[] make(long n) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + n);
        if ("ordinary".equals(System.getProperty("bench.mix"))) {
            return ordinary(n, r); // for the Tika adapter's overhead on mail that holds no article
        }
        int roll = r.nextInt(100);
        if (roll < 20 && !templates.isEmpty()) {
            return replay(templates.get(r.nextInt(templates.size())), n, r);
        }
        if (roll < 35 && !forwards.isEmpty()) {
            return forward(forwards.get(r.nextInt(forwards.size())), n, r);
        }
        if (roll < 65) {
            return clip(n, r);
        }
        if (roll < 88) {
            return ordinary(n, r);
        }
        return newsletter(n, r);
    }

    private String headers(long n, SplittableRandom r, String subject) {
        String from = PEOPLE[r.nextInt(PEOPLE.length)];
        String to = PEOPLE[r.nextInt(PEOPLE.length)];
        return "MIME-Version: 1.0\n" + Mime.header("From", from) + Mime.header("To", to)
                + "Date: " + date(n, r) + "\n" + "Message-ID: " + messageId(n) + "\n" + Mime.header("Subject", subject);
    }

    private String date(long n, SplittableRandom r) {
        ZonedDateTime t = ZonedDateTime.of(2019, 1, 1, 8, 0, 0, 0, ZoneOffset.UTC).plusMinutes(n * 37 + r.nextInt(30))
                .withZoneSameInstant(ZoneOffset.ofHours(r.nextInt(13) - 6));
        return RFC822.format(t);
    }

    private String messageId(long n) {
        return "<bench." + seed + "." + n + "@mailclip.bench>";
    }

    private String url(long n, SplittableRandom r) {
        return "https://" + SITES[r.nextInt(SITES.length)] + "/" + (2019 + r.nextInt(6)) + "/" + words.slug(r) + "-" + n;
    }

    /** A fixture message with a new Message-ID, Date and subject, and its article URLs moved to a new path. */
    private byte[] replay(byte[] template, long n, SplittableRandom r) {
        String m = new String(template, StandardCharsets.ISO_8859_1).replace("\r\n", "\n");
        int end = m.indexOf("\n\n");
        String head = end < 0 ? m : m.substring(0, end + 1);
        String body = end < 0 ? "" : m.substring(end + 1);
        head = MESSAGE_ID.matcher(head).replaceFirst("");
        head = DATE.matcher(head).replaceFirst("");
        Matcher s = SUBJECT.matcher(head);
        String variant = " [" + words.word(r) + " " + n + "]";
        head = s.find() ? head.substring(0, s.end(1)) + variant + head.substring(s.end(1)) : head;
        head = "Message-ID: " + messageId(n) + "\nDate: " + date(n, r) + "\n" + head;
        body = URL_HOST.matcher(body).replaceAll("$1/b" + n + "/");
        return (head + body).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A forward fixture (text and HTML) with a new note, a generated closing paragraph and new URLs. */
    private byte[] forward(Fixtures.Forward f, long n, SplittableRandom r) {
        String note = words.sentence(r);
        String extra = words.paragraph(r);
        String url = "$1/f" + n + "/";
        String text = f.text() == null ? null
                : note + "\n\n" + URL_HOST.matcher(f.text()).replaceAll(url) + "\n\n" + extra + "\n";
        String html = f.html() == null ? null
                : "<div>" + Mime.html(note) + "</div>" + URL_HOST.matcher(f.html()).replaceAll(url)
                        + "<p>" + Mime.html(extra) + "</p>";
        String body;
        if (text != null && html != null) {
            body = Mime.multipart("alternative", "alt-" + n, Mime.textPart("plain", text, r), Mime.textPart("html", html, r));
        } else {
            body = Mime.textPart(html != null ? "html" : "plain", html != null ? html : text, r);
        }
        return message(n, r, "Fwd: " + words.title(r), body);
    }

    /** A clipped article in one of the styles the recognisers read. */
    private byte[] clip(long n, SplittableRandom r) {
        String title = words.title(r);
        String url = url(n, r);
        String site = url.replaceFirst("https://(www\\.)?", "").replaceFirst("/.*", "");
        List<String> paras = words.paragraphs(r, 6, 30);
        String author = words.title(r).split(" ")[0] + " " + words.title(r).split(" ")[0];
        String day = (1 + r.nextInt(28)) + " " + new String[]{"January", "March", "June", "October"}[r.nextInt(4)]
                + " " + (2019 + r.nextInt(5));
        String prose = String.join("\n\n", paras);
        String body;
        switch (r.nextInt(5)) {
            case 0 -> { // Reader View copied as text: site, title, byline, reading time, text
                String text = site + "\n\n" + title + "\n\n" + author + "\n" + (3 + r.nextInt(9)) + "-"
                        + (5 + r.nextInt(9)) + " minutes\n\n------------------------------\n\n" + prose + "\n\n" + url + "\n";
                body = Mime.textPart("plain", text, r);
            }
            case 1 -> { // markdown from a clipper
                body = Mime.textPart("plain", "# " + title + "\n\n**" + site + "**\n\nBy " + author + ", " + day
                        + "\n\n" + prose + "\n\n" + url + "\n", r);
            }
            case 2 -> { // labelled lines
                body = Mime.textPart("plain", "Title: " + title + "\nURL: " + url + "\nAuthor: " + author
                        + "\nPublished: " + day + "\n\n" + prose + "\n", r);
            }
            case 3 -> { // Reader View markup, text alternative too
                StringBuilder h = new StringBuilder("<html><body><div class=\"container\"><div class=\"header reader-header\">"
                        + "<a class=\"domain reader-domain\" href=\"" + url + "\">" + site + "</a><h1 class=\"reader-title\">"
                        + Mime.html(title) + "</h1><div class=\"credits reader-credits\">" + author + "</div>"
                        + "<div class=\"meta-data\"><div class=\"reader-estimated-time\">6-8 minutes</div></div></div>"
                        + "<hr><div class=\"content\"><div class=\"moz-reader-content\"><div id=\"readability-page-1\" class=\"page\">");
                for (String p : paras) {
                    h.append("<p>").append(Mime.html(p)).append("</p>\n");
                }
                h.append("</div></div></div></div></body></html>");
                body = Mime.multipart("alternative", "rv-" + n,
                        Mime.textPart("plain", site + "\n\n" + title + "\n\n" + prose + "\n", r),
                        Mime.textPart("html", h.toString(), r));
            }
            default -> { // a saved page: head metadata, markup noise, the article
                StringBuilder h = new StringBuilder("<!DOCTYPE html><html><head><title>" + Mime.html(title) + " | " + site
                        + "</title><link rel=\"canonical\" href=\"" + url + "\"><meta property=\"og:title\" content=\""
                        + Mime.html(title) + "\"><meta property=\"og:site_name\" content=\"" + site
                        + "\"><meta name=\"author\" content=\"" + author + "\"><style>body{font:14px serif}.nav li{display:inline}</style>"
                        + "<script>window.dataLayer=[];function g(){dataLayer.push(arguments)}</script></head><body>"
                        + "<nav class=\"nav\"><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li></ul></nav>"
                        + "<article><h1>" + Mime.html(title) + "</h1><p class=\"byline\">By " + author + "</p>");
                for (String p : paras) {
                    h.append("<p>").append(Mime.html(p)).append(" <a href=\"").append(url(n + 7, r)).append("\">")
                            .append(words.word(r)).append("</a></p>\n");
                }
                h.append("</article><footer>© ").append(site).append("</footer></body></html>");
                body = Mime.textPart("html", h.toString(), r);
            }
        }
        return message(n, r, title, maybeAttach(body, n, r, 8));
    }

    private byte[] ordinary(long n, SplittableRandom r) {
        StringBuilder text = new StringBuilder("Hi " + words.word(r) + ",\n\n");
        for (String p : words.paragraphs(r, 1, 5)) {
            text.append(p).append("\n\n");
        }
        text.append("Best,\n").append(words.title(r).split(" ")[0]).append('\n');
        if (r.nextInt(3) == 0) {
            text.append("\nOn ").append(date(n - 3, r)).append(", ").append(PEOPLE[0]).append(" wrote:\n");
            for (String line : words.paragraph(r).split("(?<=\\.) ")) {
                text.append("> ").append(line).append('\n');
            }
        }
        String body = r.nextBoolean() ? Mime.textPart("plain", text.toString(), r)
                : Mime.multipart("alternative", "ord-" + n, Mime.textPart("plain", text.toString(), r),
                Mime.textPart("html", "<div dir=\"ltr\">" + Mime.html(text.toString()).replace("\n", "<br>\n") + "</div>", r));
        String subject = (r.nextInt(4) == 0 ? "Re: " : "") + words.title(r);
        return message(n, r, subject, maybeAttach(body, n, r, 4));
    }

    /** Table layout, inline styles, tracking links, a pixel: what newsletters are made of. */
    private byte[] newsletter(long n, SplittableRandom r) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>"
                + "td{padding:8px;font-family:Arial}.btn{background:#06c;color:#fff}</style></head><body>"
                + "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#eee\"><tr><td align=\"center\">"
                + "<table width=\"600\" style=\"background:#fff\">");
        StringBuilder t = new StringBuilder();
        int items = 4 + r.nextInt(12);
        for (int i = 0; i < items; i++) {
            String title = words.title(r);
            String link = url(n * 31 + i, r) + "?utm_source=newsletter&utm_medium=email&utm_campaign=w" + n;
            String p = words.paragraph(r);
            h.append("<tr><td style=\"border-bottom:1px solid #ddd\"><h2 style=\"margin:0\"><a href=\"").append(link)
                    .append("\" style=\"color:#111;text-decoration:none\">").append(Mime.html(title)).append("</a></h2><p>")
                    .append(Mime.html(p)).append("</p><a class=\"btn\" href=\"").append(link).append("\">Read more</a></td></tr>\n");
            t.append(title).append("\n").append(p).append("\n").append(link).append("\n\n");
        }
        h.append("<tr><td><img src=\"https://t.example.com/open/").append(n)
                .append(".gif\" width=\"1\" height=\"1\" alt=\"\"></td></tr></table></td></tr></table></body></html>");
        String body = Mime.multipart("alternative", "nl-" + n, Mime.textPart("plain", t.toString(), r),
                Mime.textPart("html", h.toString(), r));
        return message(n, r, words.title(r) + " — weekly digest", body);
    }

    /** One message in {@code oneIn}: the body plus an attached file (a PDF or a photo) of 20–400 KB. */
    private String maybeAttach(String body, long n, SplittableRandom r, int oneIn) {
        if (r.nextInt(oneIn) != 0) {
            return body;
        }
        int size = 20_000 + r.nextInt(380_000);
        byte[] data = new byte[size];
        r.nextBytes(data);
        boolean pdf = r.nextBoolean();
        byte[] magic = (pdf ? "%PDF-1.4\n" : "\u00ff\u00d8\u00ff\u00e0").getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(magic, 0, data, 0, magic.length);
        String file = pdf ? Mime.binaryPart("application/pdf", words.word(r) + "-" + n + ".pdf", data, false, null)
                : Mime.binaryPart("image/jpeg", "IMG_" + n + ".jpg", data, false, null);
        return Mime.multipart("mixed", "mix-" + n, body, file);
    }

    private byte[] message(long n, SplittableRandom r, String subject, String body) {
        List<String> parts = new ArrayList<>();
        parts.add(headers(n, r, subject));
        parts.add(body);
        return String.join("", parts).getBytes(StandardCharsets.UTF_8);
    }
}
