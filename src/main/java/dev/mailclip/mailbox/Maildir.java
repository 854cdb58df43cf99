package dev.mailclip.mailbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Maildir conventions: what makes a directory a maildir, folder names, the flags in file names. */
final class Maildir {
    private Maildir() {
    }

    /** A maildir has a cur or new subdirectory (tmp alone holds only deliveries in progress). */
    static boolean isMaildir(Path dir) {
        return Files.isDirectory(dir.resolve("cur")) || Files.isDirectory(dir.resolve("new"));
    }

    /** Maildir++ subfolder ".Folder.Sub" → "Folder/Sub"; null for names that are not subfolders. */
    static String plusPlusFolder(String dirName) {
        if (dirName.length() < 2 || dirName.charAt(0) != '.' || dirName.equals("..")) {
            return null;
        }
        return dirName.substring(1).replace('.', '/');
    }

    /**
     * The flags after ":2," (or ";2," / "!2," where ':' is not allowed in names) as IMAP-style
     * names: S → \Seen, R → \Answered, F → \Flagged, T → \Deleted, D → \Draft, P → $Forwarded.
     * Lower-case letters (keywords) are left out: their names live in a separate dovecot file.
     */
    static List<String> flags(String fileName) {
        List<String> out = new ArrayList<>();
        int at = -1;
        for (String marker : new String[]{":2,", ";2,", "!2,"}) {
            int i = fileName.lastIndexOf(marker);
            if (i >= 0) {
                at = i + 3;
                break;
            }
        }
        if (at < 0) {
            return out;
        }
        for (char c : fileName.substring(at).toCharArray()) {
            String flag = switch (c) {
                case 'S' -> "\\Seen";
                case 'R' -> "\\Answered";
                case 'F' -> "\\Flagged";
                case 'T' -> "\\Deleted";
                case 'D' -> "\\Draft";
                case 'P' -> "$Forwarded";
                default -> null;
            };
            if (flag != null && !out.contains(flag)) {
                out.add(flag);
            }
        }
        return out;
    }
}
