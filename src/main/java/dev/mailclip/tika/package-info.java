/** The Apache Tika parser adapter: the same core for {@code message/rfc822}, XHTML and metadata out. API: the parser. */
package dev.mailclip.tika;
