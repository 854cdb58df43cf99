package dev.mailclip.forward;

/** The fields of a forwarded header block that a layer keeps; OTHER marks labels that belong in a block but are dropped. */
enum HeaderField {
    FROM, TO, CC, DATE, SUBJECT, OTHER
}
