package dev.carafe.files;

import dev.carafe.gateway.Body;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A file on disk as a {@link Representation}: its facts read once (see {@link FileStat}) and its
 * ranges sent as {@link Body.FileRegion}s, so the server transfers them without copying.
 *
 * @param path the file
 * @param length its size when it was read
 * @param etag the {@code ETag} header value, quoted, or empty for none
 * @param lastModified when it last changed, or empty for unknown
 * @param contentType its {@code Content-Type}
 */
record FileRepresentation(Path path, long length, Optional<String> etag,
    Optional<Instant> lastModified, String contentType) implements Representation {

  /** Checks the parts. */
  public FileRepresentation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(etag, "etag");
    Objects.requireNonNull(lastModified, "lastModified");
    Objects.requireNonNull(contentType, "contentType");
    if (length < 0) {
      throw new IllegalArgumentException("A file's length is not negative, got " + length);
    }
  }

  @Override
  public Body body(long offset, long length) {
    return new Body.FileRegion(path, offset, length);
  }
}
