package dev.carafe.files;

import java.time.Instant;
import java.util.Optional;

/**
 * A file that can be sent: one on disk ({@link FileStat}) or an entry of a jar on the class path
 * ({@link JarResource}), with the facts {@code send_file} derives its headers from.
 */
interface StoredFile {
  /** Its name without folders, whose extension gives its type. */
  String name();

  /** Its size in bytes when it was looked at. */
  long size();

  /** Its own strong tag, unquoted: Werkzeug's for a file on disk, the entry's CRC for a jar's. */
  String etag();

  /** When it last changed, in whole seconds as {@code Last-Modified} carries it. */
  Instant lastModified();

  /**
   * It as a {@link Representation} with these facts, whose body reads it.
   *
   * @param etag the quoted {@code ETag} to send, or empty for none
   * @param lastModified the {@code Last-Modified} to send, or empty for none
   * @param contentType the {@code Content-Type} to send
   */
  Representation representation(Optional<String> etag, Optional<Instant> lastModified,
      String contentType);
}
