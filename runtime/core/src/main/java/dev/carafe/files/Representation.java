package dev.carafe.files;

import dev.carafe.gateway.Body;
import java.time.Instant;
import java.util.Optional;

/**
 * What {@link Conditional} answers a request with: the facts of one representation of a resource
 * and a way to send any byte range of it. A file on disk is a {@link FileRepresentation}; a
 * classpath resource in a jar, or a precompressed {@code .gz} or {@code .br} sibling, is another
 * implementation (its body streamed from the entry, its tag from the entry's CRC).
 *
 * <p>The facts must describe the bytes {@link #body} sends: a range is cut by {@link #length}, and
 * a client that revalidates with the tag or the date gets 304 instead of those bytes.
 */
interface Representation {
  /** The length in bytes of the whole representation. */
  long length();

  /**
   * The {@code ETag} header value, quoted as sent ({@code "abc"} or {@code W/"abc"}; see
   * {@link EntityTags#quote}), or empty when the representation has none.
   */
  Optional<String> etag();

  /** When it last changed, or empty when unknown; sent in whole seconds. */
  Optional<Instant> lastModified();

  /** The {@code Content-Type} header value, charset included where it applies. */
  String contentType();

  /**
   * The body of {@code length} bytes from {@code offset}; the engine asks only for ranges inside
   * {@link #length()}, and for {@code (0, length())} for the whole. A body of a file should be a
   * {@link Body.FileRegion}, so the server sends it without copying.
   */
  Body body(long offset, long length);
}
