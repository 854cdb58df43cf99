package dev.mailclip.recover;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recovers the URL a person meant from the one their mail shows: unwraps link-protection and
 * redirect wrappers (Outlook SafeLinks, Google's /url redirect, Proofpoint URL Defense v2 and v3),
 * nested ones included, then drops tracking parameters and keeps every other parameter in order.
 */
final class UrlCleaner {
    private static final int MAX_LENGTH = 16_384;
    private static final int MAX_UNWRAPS = 10;
    private static final Pattern URL = Pattern.compile("(?i)https?://[^\\s/?#]+[^\\s]*");
    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gbraid", "wbraid", "mc_eid",
            "mc_cid", "igshid", "_hsenc", "_hsmi", "mkt_tok", "yclid", "msclkid", "twclid", "ttclid", "li_fat_id",
            "vero_id", "vero_conv", "oly_anon_id", "oly_enc_id", "_openstat", "wickedid", "rb_clickid", "s_cid",
            "ml_subscriber", "ml_subscriber_hash", "__s", "_ga", "_gl", "hsctatracking", "srsltid", "si", "ref_src");
    /**
     * What an app's share button adds to its own links, by site (the host or a subdomain of it): a parameter these
     * sites read for who shared and from where, never for which page ({@code ?source=android_share},
     * {@code ?r=2kq7xb}, {@code ?s=20&t=…}, {@code ?smid=nytcore-ios-share}). Elsewhere such names may mean a page.
     */
    private static final java.util.Map<String, Set<String>> SHARING = java.util.Map.of(
            "medium.com", Set.of("source", "sk"),
            "substack.com", Set.of("r", "triedredirect"),
            "twitter.com", Set.of("s", "t"),
            "x.com", Set.of("s", "t"),
            "nytimes.com", Set.of("smid", "sgrp"),
            "reddit.com", Set.of("share_id", "rdt"),
            "linkedin.com", Set.of("trk", "trackingid", "lipi"));
    /** Proofpoint v3 writes runs of replaced characters as "**" and a letter: A means 2, B 3, ... */
    private static final String V3_RUN_LENGTHS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final Pattern V3 = Pattern.compile("(?i)^https?://urldefense\\.com/v3/__(.+?)__;([A-Za-z0-9_=-]*)!");
    private static final Pattern GOOGLE_COUNTRY = Pattern.compile("google\\.(?:com?\\.)?[a-z]{2,3}");
    private static final Pattern V3_TOKEN = Pattern.compile("\\*(\\*.)?");

    private UrlCleaner() {
    }

    /** The cleaned URL; the input unchanged when it is not an http(s) URL; null for null. */
    public static String clean(String url) {
        if (url == null || url.length() > MAX_LENGTH) {
            return url;
        }
        String s = url.strip();
        if (!URL.matcher(s).matches()) {
            return url;
        }
        for (int i = 0; i < MAX_UNWRAPS; i++) {
            String unwrapped = unwrapOnce(s);
            if (unwrapped == null || unwrapped.equals(s) || !URL.matcher(unwrapped).matches()) {
                break;
            }
            s = unwrapped;
        }
        return dropTracking(s);
    }

    /** The URL inside one wrapper, or null when {@code url} is no wrapper. */
    private static String unwrapOnce(String url) {
        String host = host(url);
        String path = path(url);
        if (host.endsWith(".safelinks.protection.outlook.com")) {
            return param(url, "url");
        }
        if (isGoogle(host) && path.equals("/url")) {
            String target = param(url, "q");
            return target != null && URL.matcher(target).matches() ? target : param(url, "url");
        }
        if (isGoogle(host) && path.startsWith("/amp/")) {
            // Google's AMP viewer, as phones share from Google's app: /amp/s/HOST/PATH is https://HOST/PATH
            String rest = url.substring(url.indexOf("/amp/") + 5);
            boolean secure = rest.startsWith("s/");
            String target = (secure ? "https://" : "http://") + (secure ? rest.substring(2) : rest);
            return URL.matcher(target).matches() ? target : null;
        }
        if ((host.equals("l.facebook.com") || host.equals("lm.facebook.com")) && path.equals("/l.php")) {
            return param(url, "u");
        }
        if (host.equals("urldefense.proofpoint.com") && path.startsWith("/v2/url")) {
            String encoded = rawParam(url, "u");
            return encoded == null ? null : decode(encoded.replace('-', '%').replace('_', '/'));
        }
        if (host.equals("urldefense.com") && path.startsWith("/v3/")) {
            return proofpointV3(url);
        }
        return null;
    }

    private static boolean isGoogle(String host) {
        String h = host.startsWith("www.") ? host.substring(4) : host;
        return h.equals("google.com") || GOOGLE_COUNTRY.matcher(h).matches();
    }

    /**
     * Proofpoint v3: the URL sits between "__" markers with some characters replaced by "*"; the
     * replaced characters follow ";" in URL-safe base64, in order.
     */
    private static String proofpointV3(String url) {
        Matcher m = V3.matcher(url);
        if (!m.find()) {
            return null;
        }
        String encoded = m.group(1);
        String replaced;
        try {
            replaced = new String(Base64.getUrlDecoder().decode(m.group(2)), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int[] chars = replaced.codePoints().toArray();
        int[] next = {0};
        Matcher token = V3_TOKEN.matcher(encoded);
        StringBuilder out = new StringBuilder();
        while (token.find()) {
            int count = 1;
            if (token.group(1) != null) {
                int run = V3_RUN_LENGTHS.indexOf(token.group(1).charAt(1));
                if (run < 0) {
                    return null;
                }
                count = run + 2;
            }
            StringBuilder piece = new StringBuilder();
            for (int i = 0; i < count; i++) {
                if (next[0] >= chars.length) {
                    return null;
                }
                piece.appendCodePoint(chars[next[0]++]);
            }
            token.appendReplacement(out, Matcher.quoteReplacement(piece.toString()));
        }
        token.appendTail(out);
        return out.toString();
    }

    private static String dropTracking(String url) {
        int hash = url.indexOf('#');
        String beforeFragment = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        int question = beforeFragment.indexOf('?');
        if (question < 0) {
            return url;
        }
        List<String> kept = new ArrayList<>();
        Set<String> sharing = sharingParameters(host(url));
        for (String pair : beforeFragment.substring(question + 1).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (!name.startsWith("utm_") && !TRACKING.contains(name) && !sharing.contains(name)) {
                kept.add(pair);
            }
        }
        String base = beforeFragment.substring(0, question);
        return (kept.isEmpty() ? base : base + "?" + String.join("&", kept)) + fragment;
    }

    private static Set<String> sharingParameters(String host) {
        for (int dot = -1; ; dot = host.indexOf('.', dot + 1)) {
            Set<String> names = SHARING.get(host.substring(dot + 1));
            if (names != null) {
                return names;
            }
            if (host.indexOf('.', dot + 1) < 0) {
                return Set.of();
            }
        }
    }

    private static String host(String url) {
        int start = url.indexOf("://") + 3;
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String authority = url.substring(start, end);
        int at = authority.lastIndexOf('@');
        String host = at < 0 ? authority : authority.substring(at + 1);
        int colon = host.indexOf(':');
        return (colon < 0 ? host : host.substring(0, colon)).toLowerCase(Locale.ROOT);
    }

    private static String path(String url) {
        int start = url.indexOf("://") + 3;
        int slash = start;
        while (slash < url.length() && "/?#".indexOf(url.charAt(slash)) < 0) {
            slash++;
        }
        int end = slash;
        while (end < url.length() && "?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        return url.substring(slash, end);
    }

    private static String param(String url, String name) {
        String raw = rawParam(url, name);
        return raw == null ? null : decode(raw).strip();
    }

    /** The still-encoded value of a query parameter, or null. */
    private static String rawParam(String url, String name) {
        int question = url.indexOf('?');
        if (question < 0) {
            return null;
        }
        int hash = url.indexOf('#', question);
        String query = hash < 0 ? url.substring(question + 1) : url.substring(question + 1, hash);
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equalsIgnoreCase(name)) {
                return pair.substring(eq + 1);
            }
        }
        return null;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
