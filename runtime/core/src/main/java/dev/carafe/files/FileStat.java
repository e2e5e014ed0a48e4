package dev.carafe.files;

import dev.carafe.json.PythonFloat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Optional;
import java.util.zip.Adler32;

/**
 * What Werkzeug's {@code send_file} reads from {@code os.stat}: the size and the modification
 * time as Python's float seconds, and what it makes of them: the {@code ETag}
 * {@code "{mtime}-{size}-{adler32(path)}"} and the {@code Last-Modified} instant.
 *
 * @param path the file, absolute and normalised, as {@code os.path.abspath} makes it
 * @param size its size in bytes
 * @param mtime its modification time as CPython's {@code st_mtime}: seconds plus nanoseconds
 *     times 1e-9, in a double
 * @param regularFile whether it is a regular file (not a folder, a device or a pipe)
 */
record FileStat(Path path, long size, double mtime, boolean regularFile)
    implements StoredFile {

  /**
   * The facts of the file at {@code path}, following symbolic links as {@code os.stat} does.
   *
   * @throws IOException when the file cannot be read (missing, say)
   */
  public static FileStat of(Path path) throws IOException {
    Path absolute = path.toAbsolutePath().normalize();
    BasicFileAttributes attributes = Files.readAttributes(absolute, BasicFileAttributes.class);
    Instant modified = attributes.lastModifiedTime().toInstant();
    // CPython's fill_time: sec + nsec * 1e-9, in that order, in doubles.
    double mtime = modified.getEpochSecond() + modified.getNano() * 1e-9;
    return new FileStat(absolute, attributes.size(), mtime, attributes.isRegularFile());
  }

  @Override
  public String name() {
    Path name = path.getFileName();
    return name == null ? "" : name.toString();
  }

  @Override
  public String etag() {
    return werkzeugEtag();
  }

  /** The file's ranges are sent as {@link dev.carafe.gateway.Body.FileRegion}s, without copying. */
  @Override
  public Representation representation(Optional<String> etag, Optional<Instant> lastModified,
      String contentType) {
    return new FileRepresentation(path, size, etag, lastModified, contentType);
  }

  /**
   * Werkzeug's tag, unquoted: {@code f"{mtime}-{size}-{adler32(path.encode()) & 0xFFFFFFFF}"},
   * the mtime written as Python writes a float ({@code 1704164645.1234567}).
   */
  public String werkzeugEtag() {
    Adler32 check = new Adler32();
    check.update(path.toString().getBytes(StandardCharsets.UTF_8));
    return PythonFloat.repr(mtime) + "-" + size + "-" + check.getValue();
  }

  /**
   * The modification time as {@code Last-Modified} gives it: Python turns the float into a
   * datetime rounded to the microsecond (half to even) and the header keeps whole seconds, so a
   * time a hair below a second counts as the next one.
   */
  @Override
  public Instant lastModified() {
    double seconds = Math.floor(mtime);
    double micros = Math.rint((mtime - seconds) * 1e6);
    long whole = (long) seconds + (micros >= 1e6 ? 1 : 0);
    return Instant.ofEpochSecond(whole);
  }
}
