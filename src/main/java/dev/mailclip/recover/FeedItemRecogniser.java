package dev.mailclip.recover;

import dev.mailclip.mail.MailSignals;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A feed item or newsletter post mailed by a gateway or a list: rss2email's linked {@code <h1>}, a
 * feed-mailing service's linked heading with a date line under it, a Mailchimp RSS campaign's
 * {@code mc-toc-title}, a Ghost or Substack post's title link with "Name • 3 Jun 2024" under it.
 * The heading's link is the item; links to unsubscribe, manage preferences or view the mail in a
 * browser never are. The mail's Date is when the feed was fetched, so a date comes only from the
 * item's own date line. Read only in mail from a list or a feed gateway, or from a service mailbox
 * (FeedRabbit's, Medium's noreply@) or forwarded by a person (a newsletter's post, its list headers left behind)
 * when a date line stands under the heading: anywhere else a linked heading is just a heading. Linked headings to
 * more than one site, or several set alike, are a newsletter's list of links.
 */
final class FeedItemRecogniser implements HtmlRecogniser {
    private static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3, .mc-toc-title, .post-title");
    private static final Evaluator LINKS = QueryParser.parse("a[href]");
    private static final int MAX_HEADINGS = 8;
    /** More linked headings than this and the mail lists items (a digest, a shop's offers) rather than being one. */
    private static final int MAX_ITEMS = 3;
    private static final int DATE_LOOKAHEAD = 6;
    /** a date line's longest, and the most nodes read for one */
    private static final int MAX_LINE = 120;
    private static final int MAX_LINE_NODES = 20;
    private static final Pattern PROFILE_PATH = Pattern.compile("(?i)^https?://[^/?#]+/(?:@[^/?#]+/?$|(?:author|authors|people|profile|writers?)/)");
    /** Links of the mail's own furniture, never the item: unsubscribe, preferences, archives, the sender's home. */
    private static final Pattern FURNITURE = Pattern.compile("(?i)unsubscribe|optout|opt-out|preferences|"
            + "manage|list-manage\\.com|campaign-archive|mailchi\\.mp|/email/|view[-_]?in[-_]?browser|"
            + "/u/|/subscriptions?\\b|/account|/profile|mailto:");

    private static final int MAX_LINKS = 200;
    private static final Pattern BY = Pattern.compile("(?iu)^(?:" + Bylines.BY_WORDS + ")\\s+\\p{Lu}");
    private static final int MIN_POST_WORDS = 100;
    /** A post's address: a slug of words, a /p/ path, or a dated path; a campaign's copy has a code. */
    private static final Pattern POST_PATH = Pattern.compile("(?:^|/)(?:[\\p{L}\\d]++-[\\p{L}\\d]|p/[^/]|\\d{4}/\\d{2}(?:/|$))");
    /** The words newsletters put on the link to the post's own page. */
    private static final Pattern READ_ONLINE = Pattern.compile("(?iu)(?:view|read|open)(?: this)?(?: (?:e-?mail|post|issue|newsletter|story|article))?"
            + " (?:in (?:your |a |the )?browser|online|on the web|on (?:the )?(?:site|website|blog))");
    /** READ_ONLINE's endings without their spaces: a text whose text nodes hold none has no such link */
    private static final FoldedWords READ_ONLINE_ENDINGS = new FoldedWords(List.of("browser", "online", "ontheweb",
            "onsite", "onthesite", "onwebsite", "onthewebsite", "onblog", "ontheblog"));
    /** A mailing service's copy of the mail, not the post. */
    private static final Pattern ARCHIVE = Pattern.compile("(?i)campaign|mailchi\\.mp|list-manage|/email/|"
            + "unsubscribe|preferences|/u/|mailto:");

    @Override
    public void recognise(Document doc, ClipContext context, Findings findings) {
        MailSignals signals = context.signals();
        boolean listOrGateway = signals.bulk() || signals.feedGateway();
        // a post a person forwarded has lost its list's headers: like a service mailbox's, it needs its date line
        boolean forwarded = context.senders().size() > 1;
        if (!listOrGateway && !signals.roleSender() && !forwarded) {
            return;
        }
        Elements headings = doc.select(HEADINGS);
        Element heading = null;
        Element itemLink = null;
        int items = 0;
        int alike = 0;
        Set<String> hosts = new HashSet<>();
        for (int k = 0; k < headings.size() && k < MAX_HEADINGS; k++) {
            Element link = itemLink(headings.get(k));
            if (link != null) {
                hosts.add(String.valueOf(Hosts.of(link.attr("href").strip())));
                if (items++ == 0) {
                    heading = headings.get(k);
                    itemLink = link;
                }
                if (setAlike(headings.get(k), heading)) {
                    alike++;
                }
            }
        }
        // a post's title may link above its related posts' smaller headings; linked headings set alike are a list
        if (items > MAX_ITEMS || hosts.size() > 1 || alike > 1) {
            return; // a digest, a catalogue, or a newsletter's links to other sites is no single item
        }
        if (heading != null) {
            String url = UrlCleaner.clean(itemLink.attr("href").strip());
            // a service mailbox's (noreply@) or a forward's linked heading is a post only with its date line under it
            Findings dated = new Findings();
            readDateLine(heading, context, dated);
            if (!listOrGateway && !dated.has(Field.PUBLISHED)) {
                return;
            }
            // a gateway's header named the item: a heading linking elsewhere is not its title
            if (findings.keeps(Field.URL, url, "feed:heading-link")) {
                findings.claim(Field.TITLE, heading.text().strip(), "feed:heading");
                dated.claims().forEach((field, claim) -> findings.claim(field, claim.value(), claim.evidence()));
            }
            return;
        }
        if (listOrGateway) {
            readOnlineLink(doc, headings, context, findings);
        }
    }

    /**
     * A post whose title is no link (Ghost, Substack): "View in browser" or "Read online" is the post's
     * own address when it points at the site rather than at a campaign archive, and the first heading
     * is its title.
     */
    private static void readOnlineLink(Document doc, Elements headings, ClipContext context, Findings findings) {
        if (doc.body() == null || TextClip.words(doc.body().text()) < MIN_POST_WORDS) {
            return; // a promotion's "view in browser" heads a few lines, not a post
        }
        Elements links = doc.select(LINKS);
        for (int k = 0; k < links.size() && k < MAX_LINKS; k++) {
            Element a = links.get(k);
            String href = a.attr("href").strip();
            // the address without its tracking parameters: "utm_campaign=" is no campaign archive
            if (READ_ONLINE.matcher(a.text().strip()).matches() && Hosts.isUrl(href)
                    && !ARCHIVE.matcher(UrlCleaner.clean(href)).find() && ArticleUrls.plausible(href) && isPostPath(href)) {
                if (findings.claim(Field.URL, UrlCleaner.clean(href), "feed:read-online") && !headings.isEmpty()) {
                    Element heading = headings.get(0);
                    findings.claim(Field.TITLE, heading.text().strip(), "feed:heading");
                    readDateLine(heading, context, findings);
                }
                return;
            }
        }
    }

    /** Whether a text (the text nodes' text, one after another) may hold a link READ_ONLINE reads. */
    static boolean mayHoldReadOnline(CharSequence text) {
        return READ_ONLINE_ENDINGS.scan().feed(text);
    }

    private static boolean isPostPath(String url) {
        try {
            String path = java.net.URI.create(url.replace(" ", "%20")).getRawPath();
            return path != null && POST_PATH.matcher(path).find();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Two headings of the same tag and class: items of one list, as a digest sets them. */
    private static boolean setAlike(Element a, Element b) {
        return a.tagName().equals(b.tagName()) && a.className().equals(b.className());
    }

    /** The heading's link when it is the heading (its text is most of the heading's) and points at an item. */
    private static Element itemLink(Element heading) {
        Element link = heading.is("a[href]") ? heading : heading.selectFirst(LINKS);
        if (link == null) {
            return null;
        }
        String href = link.attr("href").strip();
        String text = link.text().strip();
        if (!Hosts.isUrl(href) || FURNITURE.matcher(href).find() || !ArticleUrls.plausible(href)
                || text.length() * 2 < heading.text().length()
                || TextClip.words(text) < 2) {
            return null;
        }
        String path = href.replaceFirst("(?i)^https?://[^/?#]+", "");
        return path.replaceAll("[/?#]", "").isEmpty() ? null : link; // the site's home page is no item
    }

    /** A date line just after the heading: the date, and the name beside it ("Lina Jameela • 3 Jun 2024"). */
    private static void readDateLine(Element heading, ClipContext context, Findings findings) {
        Element e = heading;
        String profileName = null; // a name linked to the writer's profile, on its own line above the date
        for (int k = 0; k < DATE_LOOKAHEAD; k++) {
            e = nextInOrder(e);
            if (e == null) {
                return;
            }
            // the element's whole text when it is a line's length: a date may stand in a child
            // ("By Owen Price <span>– 18 Sep 2024</span>"), which the walk steps over
            String whole = DocumentOrder.shortText(e, MAX_LINE + 1, MAX_LINE_NODES);
            String line = whole != null ? whole : e.ownText().strip();
            if (line.isEmpty() || line.length() > MAX_LINE) {
                continue;
            }
            // a <time> says its date in full in its datetime; its text may leave out the year ("Mar 6")
            Optional<FoundDate> alone = (e.is("time[datetime]") ? DateReader.readIso(e.attr("datetime").strip(),
                    context.mailDay()) : Optional.<FoundDate>empty()).or(() -> DateReader.readLine(line, context.mailDay()));
            // "Tom Becker · 7 min read · May 18, 2024", "by Gergely Orosz · May 16, 2024"
            Optional<CreditLine.Read> credit = alone.isPresent() ? Optional.empty() : CreditLine.read(line, context.mailDay());
            Bylines.NameAndDate split = alone.isPresent() ? new Bylines.NameAndDate(null, alone.get())
                    : credit.filter(c -> c.date() != null).map(c -> new Bylines.NameAndDate(c.author(), c.date()))
                    .orElseGet(() -> Bylines.splitDate(line, context.mailDay()));
            if (split.date() != null) {
                findings.claim(Field.PUBLISHED, split.date().iso(),
                        split.date().yearInferred() ? "feed:date-line:year-from-mail" : "feed:date-line");
                String name = split.name() != null ? split.name() : profileName;
                if (name != null && Bylines.looksLikePerson(name)) {
                    findings.claim(Field.AUTHOR, name, "feed:byline");
                }
                return;
            }
            if (isProfileLink(e, line)) {
                profileName = line;
                continue;
            }
            if (BY.matcher(line).lookingAt()) {
                String name = Bylines.clean(line);
                if (name != null && Bylines.looksLikePerson(name)) {
                    findings.claim(Field.AUTHOR, name, "feed:byline");
                }
                continue;
            }
            if (TextClip.words(line) > 12) {
                return; // the item's text has begun
            }
        }
    }

    /** An element that is (or holds only) a link to a writer's profile page, "substack.com/@name", "/author/name". */
    private static boolean isProfileLink(Element e, String text) {
        Element link = e.is("a[href]") ? e : e.children().size() == 1 && e.child(0).is("a[href]") ? e.child(0) : null;
        return link != null && link.text().strip().equals(text) && PROFILE_PATH.matcher(link.attr("href")).find();
    }

    /** The next element in document order after {@code e}'s subtree. */
    private static Element nextInOrder(Element e) {
        for (Element cur = e; cur != null; cur = cur.parent()) {
            Element sib = cur.nextElementSibling();
            if (sib != null) {
                return sib.children().isEmpty() || !sib.ownText().isBlank() ? sib : firstLeafish(sib);
            }
        }
        return null;
    }

    private static Element firstLeafish(Element e) {
        Element cur = e;
        for (int depth = 0; depth < 20 && cur.ownText().isBlank() && !cur.children().isEmpty(); depth++) {
            cur = cur.child(0);
        }
        return cur;
    }
}
