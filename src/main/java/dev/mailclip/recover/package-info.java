/**
 * Recovery: the recognisers (Reader View, feed items, shares, saved pages, labelled lines, markdown, ...) claim
 * fields with evidence, and one {@link dev.mailclip.recover.Verdict} says article or mail. Internal to the facade;
 * public only what it calls: {@link dev.mailclip.recover.Recovery} and its input and output
 * ({@link dev.mailclip.recover.ClipContext}, {@link dev.mailclip.recover.Findings}, {@link dev.mailclip.recover.Claim},
 * {@link dev.mailclip.recover.Field}, {@link dev.mailclip.recover.Verdict}). A new recogniser is a class here,
 * listed in {@code Recovery}'s order (docs/RECORD.md).
 */
package dev.mailclip.recover;
