package dev.mailclip.recover;

/**
 * A recogniser of plain-text (and markdown) clips. It claims fields it recognises and marks
 * the lines it took as used, so they stay out of the body.
 */
interface TextRecogniser {
    void recognise(TextClip clip, ClipContext context, Findings findings);
}
