package dev.carafe.files;

import dev.carafe.gateway.Body;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * An entry of a jar on the class path, as a file to send: a static file of an application run
 * with {@code java -jar}. Its tag is its CRC-32 and size, which change with its content; its
 * body is read from the jar as it is sent (an entry is compressed, so the operating system cannot
 * transfer it).
 *
 * @param jar the open jar, shared with the class loader's cache: never closed here
 * @param entry the entry
 */
record JarResource(JarFile jar, JarEntry entry) implements StoredFile {
  /** Checks the parts. */
  public JarResource {
    Objects.requireNonNull(jar, "jar");
    Objects.requireNonNull(entry, "entry");
  }

  @Override
  public String name() {
    String name = entry.getName();
    return name.substring(name.lastIndexOf('/') + 1);
  }

  @Override
  public long size() {
    return entry.getSize();
  }

  @Override
  public String etag() {
    return Long.toHexString(entry.getCrc()) + "-" + entry.getSize();
  }

  @Override
  public Instant lastModified() {
    return Instant.ofEpochSecond(entry.getLastModifiedTime().toInstant().getEpochSecond());
  }

  @Override
  public Representation representation(Optional<String> etag, Optional<Instant> lastModified,
      String contentType) {
    return new Representation() {
      @Override
      public long length() {
        return size();
      }

      @Override
      public Optional<String> etag() {
        return etag;
      }

      @Override
      public Optional<Instant> lastModified() {
        return lastModified;
      }

      @Override
      public String contentType() {
        return contentType;
      }

      @Override
      public Body body(long offset, long length) {
        return Body.stream(out -> copy(offset, length, out));
      }
    };
  }

  /** Writes {@code length} bytes of the entry from {@code offset}, its headers framing them. */
  private void copy(long offset, long length, OutputStream out) throws IOException {
    try (InputStream in = jar.getInputStream(entry)) {
      in.skipNBytes(offset);
      byte[] buffer = new byte[(int) Math.min(64 * 1024, Math.max(length, 1))];
      long left = length;
      while (left > 0) {
        int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
        if (n < 0) {
          throw new IOException("The jar entry " + entry.getName() + " ended " + left
              + " bytes early");
        }
        out.write(buffer, 0, n);
        left -= n;
      }
    }
  }
}
