/**
 * Peeling forwards: attached ({@code message/rfc822}) and inline forwards in many clients and languages are
 * unwrapped into the innermost message and the layers around it. Internal to the facade; public:
 * {@link dev.mailclip.forward.ForwardUnwrapper} and what it gives ({@link dev.mailclip.forward.Unwrapped}).
 */
package dev.mailclip.forward;
