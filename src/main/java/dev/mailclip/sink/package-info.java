/**
 * The sink SPI: {@link dev.mailclip.sink.SinkProvider} (found with ServiceLoader) opens a
 * {@link dev.mailclip.sink.Sink} for a URI, and an {@link dev.mailclip.sink.Archive} to read it back (list, find,
 * search, near-duplicates). API: the SPI types, {@link dev.mailclip.sink.Sinks} (open by URI) and the helpers a
 * third-party sink may use ({@link dev.mailclip.sink.KnownRecords}, {@link dev.mailclip.sink.QuarantineDir},
 * {@link dev.mailclip.sink.AtomicFiles}, {@link dev.mailclip.sink.RecordsInHand}). The shipped sinks live in the
 * sub-packages, each reached only through its provider.
 */
package dev.mailclip.sink;
