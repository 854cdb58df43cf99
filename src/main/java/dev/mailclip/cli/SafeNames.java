package dev.mailclip.cli;

/** A file name from hostile input: letters, digits, dot, dash and underscore only, bounded. */
final class SafeNames {
    private SafeNames() {
    }

    static String of(String name) {
        String s = name.replaceAll("[^\\p{L}\\p{N}._-]+", "_").replaceAll("^[._]+", "");
        if (s.length() > 80) {
            s = s.substring(s.length() - 80);
        }
        return s.isEmpty() ? "file" : s;
    }
}
