package dev.mailclip.mail;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a message's headers and parts say about the kind of mail it is, apart from its text: sent
 * to a list or in bulk, sent by a machine, a reply, labelled spam, a calendar invitation, sent by
 * a person to themselves, mailed by a feed gateway. The verdict weighs these against what the
 * recognisers found in the body.
 *
 * @param bulk          List-Unsubscribe, List-Id, or Precedence bulk/list/junk
 * @param automated     Auto-Submitted other than "no" (RFC 3834), an auto-reply header, or a code host's or
 *                      issue tracker's notification header (X-GitHub-Reason, X-JIRA-FingerPrint, ...)
 * @param reply         a reply prefix on the subject (Re:, AW:, SV: ...)
 * @param spamLabelled  Gmail's Spam label (X-Gmail-Labels) or a filter's X-Spam-Flag: YES
 * @param calendar      a text/calendar or application/ics part
 * @param selfSent      the From address is among the To addresses
 * @param roleSender    the sender's mailbox is a role, not a person: noreply@, orders@, security@...
 * @param feedGateway   written by an RSS-to-email gateway (rss2email and the like)
 * @param feedItemUrl   the item's link as the gateway put it in a header (X-RSS-URL), or null
 */
public record MailSignals(boolean bulk, boolean automated, boolean reply, boolean spamLabelled, boolean calendar,
                          boolean selfSent, boolean roleSender, boolean feedGateway, String feedItemUrl) {
    public static final MailSignals NONE = new MailSignals(false, false, false, false, false, false, false, false, null);

    /** Mailbox names of services and systems: a person rarely saves a clip from one. */
    private static final Set<String> ROLE_MAILBOXES = Set.of("noreply", "no-reply", "donotreply", "do-not-reply",
            "notifications", "notification", "notify", "alerts", "alert", "security", "orders", "order", "shipping",
            "billing", "invoice", "invoices", "receipts", "support", "service", "customerservice", "account",
            "accounts", "info", "news", "newsletter", "newsletters", "marketing", "offers", "deals", "promo",
            "promotions", "sales", "shop", "store", "team", "hello", "updates", "mailer-daemon", "postmaster",
            "calendar-notification", "calendar", "reminders", "reminder", "bounce", "bounces", "auto-confirm",
            "verify", "verification", "admin", "system", "feedback", "reply", "members", "community");
    /** Headers that code hosts and issue trackers put on their notifications. */
    private static final java.util.List<String> TRACKER_HEADERS = java.util.List.of("X-GitHub-Reason", "X-GitLab-Project",
            "X-JIRA-FingerPrint", "X-Bugzilla-Product", "X-Redmine-Project", "X-Gitea-Reason", "X-Launchpad-Bug",
            "X-Phabricator-Sent-This-Message");
    /** Every header {@link #of} reads: a message's are gathered in one pass ({@link NamedHeaders}) */
    static final java.util.List<String> HEADERS = java.util.stream.Stream.concat(java.util.stream.Stream.of("Precedence",
            "List-Unsubscribe", "List-Id", "Auto-Submitted", "X-Autoreply", "X-Autorespond", "Subject", "X-Gmail-Labels",
            "X-Spam-Flag", "From", "To", "User-Agent", "X-Mailer", "X-RSS-URL"), TRACKER_HEADERS.stream()).toList();
    private static final Pattern GATEWAY_AGENT = Pattern.compile(
            "(?i)\\b(?:rss2email|rss2mail|feed2imap|feed2email|blogtrottr|newsboat|rss-to-email|feedmailer|mailchimp rss)\\b");
    /** Gmail's Spam label among a message's labels. */
    private static final Pattern SPAM_LABEL = Pattern.compile("(?s)(?:.*,)?\\s*spam\\s*(?:,.*)?");
    private static final Pattern REPLY_SUBJECT = Pattern.compile("(?iu)^\\s*(?:re|aw|sv|vs|odp|r|antw|ynt|回复|答复)\\s*(?:\\[\\d+])?\\s*[:：]");

    /**
     * The signals of a message someone forwarded: a deliberate keep (as if sent to themselves), whatever
     * the forwarder's list or reply headers; a Spam label still holds.
     */
    public MailSignals forwarded() {
        return new MailSignals(false, false, false, spamLabelled, false, true, false, false, null);
    }

    /** Reads the signals from header values; any may be null. */
    public static MailSignals of(Headers h, boolean calendarPart) {
        String precedence = lower(h.get("Precedence"));
        boolean bulk = h.get("List-Unsubscribe") != null || h.get("List-Id") != null
                || precedence.contains("bulk") || precedence.contains("list") || precedence.contains("junk");
        String autoSubmitted = lower(h.get("Auto-Submitted"));
        boolean automated = !autoSubmitted.isEmpty() && !autoSubmitted.startsWith("no")
                || h.get("X-Autoreply") != null || h.get("X-Autorespond") != null || TRACKER_HEADERS.stream().anyMatch(n -> h.get(n) != null);
        String subject = h.get("Subject");
        boolean reply = subject != null && REPLY_SUBJECT.matcher(subject).lookingAt();
        boolean spam = SPAM_LABEL.matcher(lower(h.get("X-Gmail-Labels"))).matches()
                || lower(h.get("X-Spam-Flag")).startsWith("yes");
        String from = Mailboxes.first(h.get("From"));
        boolean selfSent = from != null && Mailboxes.all(h.get("To")).contains(from);
        boolean role = from != null && isRole(from);
        String agent = java.util.Objects.toString(h.get("User-Agent"), "") + " " + java.util.Objects.toString(h.get("X-Mailer"), "");
        String rssUrl = h.get("X-RSS-URL");
        boolean gateway = GATEWAY_AGENT.matcher(agent).find() || rssUrl != null
                || from != null && from.endsWith("@rss2email.invalid");
        return new MailSignals(bulk, automated, reply, spam, calendarPart, selfSent, role, gateway,
                rssUrl == null ? null : rssUrl.strip());
    }

    private static boolean isRole(String address) {
        String local = address.substring(0, Math.max(address.indexOf('@'), 0));
        int plus = local.indexOf('+');
        if (plus > 0) {
            local = local.substring(0, plus);
        }
        return ROLE_MAILBOXES.contains(local) || local.contains("noreply") || local.contains("no-reply")
                || local.contains("donotreply") || local.startsWith("notification") || local.startsWith("newsletter");
    }

    private static String lower(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }

    /** Header lookup by name, first value, unfolded; null when absent. */
    @FunctionalInterface
    public interface Headers {
        String get(String name);
    }
}
