package dev.carafe;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file sent in a {@code multipart/form-data} body, Werkzeug's {@code FileStorage}: small ones are
 * kept in memory, larger ones spooled to a temporary file, which is deleted when the request is
 * over (after the teardown hooks). Read or {@link #transferTo save} it during the request.
 */
public final class UploadedFile {
  private final String field;
  private final String filename;
  private final String contentType;
  private final byte[] bytes;
  private final Path spooled;
  private final long size;

  UploadedFile(String field, String filename, String contentType, byte[] bytes, Path spooled,
      long size) {
    this.field = field;
    this.filename = filename;
    this.contentType = contentType;
    this.bytes = bytes;
    this.spooled = spooled;
    this.size = size;
  }

  /** The name of the form field it was sent in. */
  public String field() {
    return field;
  }

  /**
   * The file name the client gave, as sent: never use it as a path without making it safe (it may
   * hold {@code ../}).
   */
  public String filename() {
    return filename;
  }

  /** The part's {@code Content-Type}, {@code application/octet-stream} when it gave none. */
  public String contentType() {
    return contentType;
  }

  /** The size in bytes. */
  public long size() {
    return size;
  }

  /** Whether the content was spooled to a temporary file (it is larger than the threshold). */
  public boolean spooled() {
    return spooled != null;
  }

  /** The content as a stream; close it when done. */
  public InputStream inputStream() {
    if (spooled == null) {
      return new ByteArrayInputStream(bytes);
    }
    try {
      return Files.newInputStream(spooled);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the uploaded file " + filename, e);
    }
  }

  /** The whole content in memory. */
  public byte[] bytes() {
    if (spooled == null) {
      return bytes.clone();
    }
    try {
      return Files.readAllBytes(spooled);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the uploaded file " + filename, e);
    }
  }

  /** Saves the content to {@code target}, replacing it. */
  public void transferTo(Path target) throws IOException {
    try (InputStream in = inputStream()) {
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Deletes the temporary file, if any; called when the request is over. */
  void delete() {
    if (spooled != null) {
      try {
        Files.deleteIfExists(spooled);
      } catch (IOException e) {
        System.getLogger(UploadedFile.class.getName()).log(System.Logger.Level.WARNING,
            "Could not delete the spooled upload " + spooled + ": " + e);
      }
    }
  }

  @Override
  public String toString() {
    return "UploadedFile[" + field + ": " + filename + ", " + contentType + ", " + size
        + " bytes]";
  }
}
