package dev.carafe;

import dev.carafe.http.BadRequest;
import dev.carafe.http.RequestEntityTooLarge;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Parses a {@code multipart/form-data} body as it streams in (RFC 7578): text fields into memory
 * within the form memory limit, files into memory up to {@link #SPOOL_THRESHOLD} and to a
 * temporary file past it. More parts than allowed, more field text than allowed or a part's
 * headers over {@link #MAX_PART_HEADERS} bytes is 413; a body that does not follow the format is
 * 400. Memory stays bounded by the limits whatever the body: one read buffer, the fields within
 * {@link RequestLimits#maxFormMemory()} in all, and each file up to the threshold.
 *
 * <p>Why Carafe keeps its own parser rather than commons-fileupload2-core (the one well-kept
 * parser that works on any stream; Undertow's and Jetty's need their server): fileupload2 is only
 * at milestone 2.0.0-M5, and Carafe takes stable releases; it would add commons-io to every
 * application's core; and it would not take the work away: its part count is enforced only when
 * it buffers every item itself, it has no budget for fields in memory, it reads part headers in
 * the platform charset unless told and decodes RFC 2047 words in file names, which Werkzeug does
 * not. What Carafe would still write around it (limits, spooling, deletion, parameters) is most
 * of this class; what is left, the delimiter search, is {@link MultipartInput}: small, linear and
 * fuzzed ({@code MultipartFuzzTest}).
 */
final class Multipart {
  /** Werkzeug's default: files up to 500 kB stay in memory. */
  static final int SPOOL_THRESHOLD = 500 * 1024;
  /** The most bytes of one part's header lines, as browsers send a few short ones. */
  static final int MAX_PART_HEADERS = 16 * 1024;
  /** The charsets Werkzeug decodes a field in when its part names one; UTF-8 otherwise. */
  private static final Set<String> FIELD_CHARSETS =
      Set.of("ascii", "us-ascii", "utf-8", "iso-8859-1");

  /** The fields and files of one body. */
  record Parsed(Map<String, List<String>> fields, Map<String, List<UploadedFile>> files) {}

  /** The two headers of a part that matter; the others are read and dropped. */
  private record PartHeaders(String disposition, String contentType) {}

  private final MultipartInput input;
  private final RequestLimits limits;
  private final int spoolThreshold;
  private final List<UploadedFile> created;
  private long formMemoryLeft;

  private Multipart(InputStream in, String boundary, RequestLimits limits, int spoolThreshold,
      List<UploadedFile> created) {
    this.input = new MultipartInput(in, boundary);
    this.limits = limits;
    this.spoolThreshold = spoolThreshold;
    this.created = created;
    this.formMemoryLeft = limits.maxFormMemory();
  }

  /**
   * Parses the body read from {@code in}.
   *
   * @param contentType the request's {@code Content-Type}, with its {@code boundary}
   * @param created receives every uploaded file as it is made, so the caller can delete the
   *     spooled ones even when parsing fails half-way
   * @throws BadRequest when the body does not follow the format
   * @throws RequestEntityTooLarge when it goes over one of {@code limits}
   */
  static Parsed parse(InputStream in, String contentType, RequestLimits limits,
      List<UploadedFile> created) {
    return parse(in, contentType, limits, SPOOL_THRESHOLD, created);
  }

  /** {@link #parse} spooling files past {@code spoolThreshold} bytes: for the fuzz tests. */
  static Parsed parse(InputStream in, String contentType, RequestLimits limits,
      int spoolThreshold, List<UploadedFile> created) {
    return new Multipart(in, boundary(contentType), limits, spoolThreshold, created).parse();
  }

  private Parsed parse() {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    Map<String, List<UploadedFile>> files = new LinkedHashMap<>();
    input.skipPreamble();
    int parts = 0;
    while (!afterDelimiterIsFinal()) {
      if (++parts > limits.maxFormParts()) {
        throw new RequestEntityTooLarge("The form has more than " + limits.maxFormParts()
            + " fields.");
      }
      PartHeaders headers = readHeaders();
      Map<String, String> parameters = headers.disposition() == null ? Map.of()
          : HeaderParameters.parse(headers.disposition());
      String name = parameters.get("name");
      if (name == null) {
        // No code can ask for a part without a name: skipped, as Werkzeug leaves it out of the
        // names a Flask view can read (it files it under None). A part with no
        // Content-Disposition at all makes Werkzeug drop the whole form, silently; Carafe skips
        // that part alone. The body stays bounded by the content length and the part still
        // counts towards maxFormParts.
        input.copyUntilDelimiter(OutputStream.nullOutputStream());
        continue;
      }
      String filename = parameters.get("filename");
      if (filename == null) {
        FieldSink field = new FieldSink();
        input.copyUntilDelimiter(field);
        fields.computeIfAbsent(name, k -> new ArrayList<>(1))
            .add(field.buffer.toString(charset(headers.contentType())));
      } else {
        UploadedFile upload = readFile(name, filename, headers.contentType());
        created.add(upload);
        files.computeIfAbsent(name, k -> new ArrayList<>(1)).add(upload);
      }
    }
    fields.replaceAll((k, v) -> List.copyOf(v));
    files.replaceAll((k, v) -> List.copyOf(v));
    return new Parsed(Collections.unmodifiableMap(fields), Collections.unmodifiableMap(files));
  }

  private UploadedFile readFile(String name, String filename, String contentType) {
    FileSink file = new FileSink();
    boolean whole = false;
    try {
      input.copyUntilDelimiter(file);
      whole = true;
    } finally {
      // A file cut short by a 400 or 413 is deleted here: the caller never sees it.
      file.close(whole);
    }
    return new UploadedFile(name, filename,
        contentType == null ? "application/octet-stream" : contentType,
        file.memory == null ? null : file.memory.toByteArray(), file.path, file.size);
  }

  /**
   * After a delimiter: {@code --} ends the body; optional spaces (RFC 2046's transport padding)
   * and a line break start a part.
   */
  private boolean afterDelimiterIsFinal() {
    int b = input.read();
    if (b == '-') {
      if (input.read() == '-') {
        return true;
      }
    } else {
      for (int padding = 0; (b == ' ' || b == '\t') && padding < MAX_PART_HEADERS; padding++) {
        b = input.read();
      }
      if (b == '\r') {
        b = input.read();
      }
      if (b == '\n') {
        return false;
      }
    }
    if (b < 0) {
      throw new BadRequest("The multipart body ended before its closing boundary.");
    }
    throw new BadRequest("A multipart boundary is followed by neither a line break nor '--'.");
  }

  /**
   * Reads a part's header lines up to the blank line. Lines may end in CRLF or LF alone, and a
   * line that starts with a space or tab continues the one before (obsolete folding).
   */
  private PartHeaders readHeaders() {
    ByteArrayOutputStream section = new ByteArrayOutputStream(256);
    int lineLength = 0;
    while (true) {
      int b = input.read();
      if (b < 0) {
        throw new BadRequest("The multipart body ended inside the headers of a part.");
      }
      if (b == '\n') {
        if (lineLength == 0) {
          break;
        }
        lineLength = 0;
      } else if (b == '\r') {
        continue;
      } else {
        lineLength++;
      }
      if (section.size() >= MAX_PART_HEADERS) {
        throw new RequestEntityTooLarge("The headers of a part of the multipart body are longer"
            + " than " + MAX_PART_HEADERS + " bytes.");
      }
      section.write(b);
    }
    String disposition = null;
    String contentType = null;
    for (String line : unfold(section.toString(StandardCharsets.UTF_8))) {
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new BadRequest("A part of the multipart body has a malformed header line.");
      }
      String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).trim();
      if (name.equals("content-disposition") && disposition == null) {
        disposition = value;
      } else if (name.equals("content-type") && contentType == null) {
        contentType = value;
      }
    }
    return new PartHeaders(disposition, contentType);
  }

  private static List<String> unfold(String section) {
    List<String> lines = new ArrayList<>();
    for (String line : section.split("\n")) {
      boolean continued = !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
      if (continued && !lines.isEmpty()) {
        lines.set(lines.size() - 1, lines.get(lines.size() - 1) + " " + line.strip());
      } else if (!line.isBlank()) {
        lines.add(line);
      }
    }
    return lines;
  }

  /** The charset of a field whose part has {@code contentType}, as Werkzeug chooses it. */
  private static Charset charset(String contentType) {
    if (contentType != null) {
      String named = HeaderParameters.parse(contentType).get("charset");
      if (named != null && FIELD_CHARSETS.contains(named.toLowerCase(Locale.ROOT))) {
        return Charset.forName(named);
      }
    }
    return StandardCharsets.UTF_8;
  }

  /** The boundary parameter of a {@code multipart/form-data} content type. */
  static String boundary(String contentType) {
    String boundary = contentType == null ? null : HeaderParameters.parse(contentType)
        .get("boundary");
    if (boundary == null || boundary.isEmpty() || boundary.length() > 70
        || !StandardCharsets.US_ASCII.newEncoder().canEncode(boundary)) {
      throw new BadRequest("A multipart/form-data body needs a boundary of 1 to 70 ASCII"
          + " characters in its Content-Type.");
    }
    return boundary;
  }

  /** A text field, counted against the form memory limit before it is kept. */
  private final class FieldSink extends OutputStream {
    final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      if (length > formMemoryLeft) {
        throw new RequestEntityTooLarge("The form's fields are larger than the "
            + limits.maxFormMemory() + " bytes this application accepts.");
      }
      formMemoryLeft -= length;
      buffer.write(bytes, offset, length);
    }
  }

  /** A file: in memory up to the threshold, then in a temporary file. */
  private final class FileSink extends OutputStream {
    ByteArrayOutputStream memory = new ByteArrayOutputStream();
    Path path;
    OutputStream file;
    long size;

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      if (file == null && memory.size() + length > spoolThreshold) {
        path = Files.createTempFile("carafe-upload-", ".part");
        file = Files.newOutputStream(path);
        memory.writeTo(file);
        memory = null;
      }
      if (file != null) {
        file.write(bytes, offset, length);
      } else {
        memory.write(bytes, offset, length);
      }
      size += length;
    }

    /** Closes the temporary file, and deletes it unless the whole part was read. */
    void close(boolean whole) {
      try {
        if (file != null) {
          file.close();
        }
      } catch (IOException e) {
        whole = false;
        throw new UncheckedIOException("Could not write the spooled upload " + path, e);
      } finally {
        if (!whole && path != null) {
          try {
            Files.deleteIfExists(path);
          } catch (IOException e) {
            System.getLogger(Multipart.class.getName()).log(System.Logger.Level.WARNING,
                "Could not delete the spooled upload " + path + ": " + e);
          }
        }
      }
    }
  }
}
