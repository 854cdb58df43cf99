package dev.mailclip.recover;

import java.util.regex.Pattern;

/**
 * "Sent from my iPhone" and its kin: the line a phone or a mail app adds under what a person writes.
 * It is furniture, never a title or the person's words about a link; it stays in the text.
 */
final class DeviceLines {
    /** The known phrasings, in the languages the phones ship in. */
    private static final Pattern PHRASE = Pattern.compile("(?iu)^(?:"
            + "sent (?:from|with|via|using) .{1,50}|shared (?:from|via|with|using) .{1,40}|get outlook for .{1,30}|"
            + "von meinem .{1,40} gesendet|gesendet (?:von|mit) .{1,40}|"
            + "envoyé (?:de|depuis) (?:mon|ma) .{1,40}|"
            + "enviado (?:desde|de|do) (?:mi|meu|o meu|a minha) .{1,40}|"
            + "inviato da .{1,40}|verzonden (?:met|vanaf) .{1,40}|verstuurd (?:met|vanaf) .{1,40}|"
            + "skickat från .{1,40}|sendt fra .{1,40}|lähetetty .{1,40}|wysłane z .{1,40}|"
            + "отправлено (?:с|из) .{1,40}|.{1,20}から送信|发自我的.{1,20}|從我的.{1,20}傳送|"
            // an app's share caption: "Shared from Google News" in the languages it ships in
            + "udostępniono (?:z|przez) .{1,40}|geteilt (?:über|von|aus|via|mit) .{1,40}|partagé (?:depuis|via|avec|de) .{1,40}|"
            + "compartido (?:desde|con|vía|via|de) .{1,40}|compartilhado (?:do|da|de|via|pelo) .{1,40}|"
            + "condiviso (?:da|tramite|con|via) .{1,40}|gedeeld (?:via|vanuit|met|uit) .{1,40}|delad (?:från|via) .{1,40}|"
            + "delt (?:fra|via) .{1,40}|поделились (?:из|через) .{1,40}|.{1,20}から共有|分享自.{1,20}"
            + ")$");
    /** A device or a mail app, named in a short line in any language ("iPhone'umdan gönderildi"). */
    private static final Pattern DEVICE_WORD = Pattern.compile(
            "(?iu)\\b(?:iphone|ipad|android|galaxy|samsung|pixel|huawei|xiaomi|blackberry|outlook|yahoo mail|aol mail|"
            + "gmail|proton ?mail|fastmail|k-9 mail|fairemail|spark|airmail|mobile)");
    private static final int MAX_WORDS = 6;
    private static final Pattern APP_LINK = Pattern.compile("\\s?<https?://[^\\s<>]{1,300}>");

    private DeviceLines() {
    }

    static boolean is(String line) {
        // the app's link as a text part shows it: "Sent from Mail<https://go.microsoft.com/…> for Windows"
        String s = line.indexOf('<') < 0 ? line.strip() : APP_LINK.matcher(line).replaceAll("").strip();
        return s.length() <= 80 && PHRASE.matcher(s).matches()
                || s.length() <= 60 && TextClip.words(s) <= MAX_WORDS && DEVICE_WORD.matcher(s).find()
                && !s.endsWith(".") && !s.contains("://");
    }
}
