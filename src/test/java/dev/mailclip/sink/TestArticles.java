package dev.mailclip.sink;

import dev.mailclip.article.Article;
import dev.mailclip.article.Attachment;
import dev.mailclip.article.Kind;
import dev.mailclip.article.MailInfo;

import java.util.List;

/** Hand-made records for sink and importer tests. */
public final class TestArticles {
    private TestArticles() {
    }

    public static Article article(int n, String title, String text) {
        return Article.builder().kind(Kind.ARTICLE).title(title).url("https://news.example.com/" + n)
                .site("news.example.com").author("Reporter " + n).date("2024-03-0" + (n % 9 + 1)).text(text)
                .html("<p>" + text + "</p>")
                .mail(new MailInfo("<m" + n + "@t>", "a@b", "c@d", title, "2024-03-01", List.of("Inbox", "Clips, saved"),
                        "INBOX", "thr" + n, "box.mbox#" + n))
                .id("msgid:<m" + n + "@t>").articleKey("url:https://news.example.com/" + n).build();
    }

    public static Article mail(int n) {
        return Article.builder().kind(Kind.MAIL).title(null).text("just mail " + n)
                .mail(new MailInfo("<mail" + n + "@t>", "a@b", "c@d", "Lunch?", "2024-03-01", List.of(), null, null,
                        "box.mbox#" + n))
                .id("msgid:<mail" + n + "@t>").build();
    }

    public static Article withImage(int n) {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        return article(n, "Pictures " + n, "see").toBuilder()
                .html("<p>see</p><p><img src=\"cid:img1@x\" alt=\"a chart\"></p>")
                .attachments(List.of(new Attachment("chart.png", "image/png", "<img1@x>", true, png))).build();
    }
}
