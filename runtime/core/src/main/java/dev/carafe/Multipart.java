package dev.carafe;

import dev.carafe.http.BadRequest;
import dev.carafe.http.RequestEntityTooLarge;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parses a {@code multipart/form-data} body as it streams in (RFC 7578): text fields into memory
 * within the form memory limit, files into memory up to {@link #SPOOL_THRESHOLD} and to a
 * temporary file past it. Delimiters are found with a KMP automaton, so no part is buffered whole
 * just to be searched. More parts than allowed or too much field text is 413; a body that does not
 * follow the format is 400.
 */
final class Multipart {
  /** Werkzeug's default: files up to 500 kB stay in memory. */
  static final int SPOOL_THRESHOLD = 500 * 1024;
  private static final int MAX_HEADER_LINE = 8 * 1024;
  private static final int MAX_HEADERS = 32;

  /** The fields and files of one body. */
  record Parsed(Map<String, List<String>> fields, Map<String, List<UploadedFile>> files) {}

  private final InputStream in;
  private final byte[] delimiter;
  private final int[] failure;
  private final RequestLimits limits;
  private final List<UploadedFile> created;
  private long formMemoryLeft;

  private Multipart(InputStream in, String boundary, RequestLimits limits,
      List<UploadedFile> created) {
    this.in = in;
    this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    this.failure = failureFunction(delimiter);
    this.limits = limits;
    this.created = created;
    this.formMemoryLeft = limits.maxFormMemory();
  }

  /**
   * Parses the body read from {@code in}.
   *
   * @param contentType the request's {@code Content-Type}, with its {@code boundary}
   * @param created receives every uploaded file as it is made, so the caller can delete the
   *     spooled ones even when parsing fails half-way
   */
  static Parsed parse(InputStream in, String contentType, RequestLimits limits,
      List<UploadedFile> created) {
    String boundary = boundary(contentType);
    try {
      return new Multipart(in, boundary, limits, created).parse();
    } catch (IOException e) {
      throw new BadRequest("The request body could not be read to its end; the connection was"
          + " broken off or timed out.");
    }
  }

  private Parsed parse() throws IOException {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    Map<String, List<UploadedFile>> files = new LinkedHashMap<>();
    // The body starts with "--boundary": match as if a CRLF came before it, and drop the preamble.
    readUntilDelimiter(OutputStream.nullOutputStream(), 2);
    int parts = 0;
    while (!afterDelimiterIsFinal()) {
      if (++parts > limits.maxFormParts()) {
        throw new RequestEntityTooLarge("The form has more than " + limits.maxFormParts()
            + " fields.");
      }
      Map<String, String> headers = readHeaders();
      String disposition = headers.getOrDefault("content-disposition", "");
      String name = parameter(disposition, "name");
      if (name == null) {
        throw new BadRequest("A part of the multipart body has no Content-Disposition name.");
      }
      String filename = parameter(disposition, "filename");
      if (filename == null) {
        FieldSink field = new FieldSink();
        readUntilDelimiter(field, 0);
        fields.computeIfAbsent(name, k -> new ArrayList<>(1))
            .add(field.buffer.toString(StandardCharsets.UTF_8));
      } else {
        FileSink file = new FileSink();
        boolean whole = false;
        try {
          readUntilDelimiter(file, 0);
          whole = true;
        } finally {
          file.close();
          if (!whole && file.path != null) {
            Files.deleteIfExists(file.path);
          }
        }
        UploadedFile upload = new UploadedFile(name, filename,
            headers.getOrDefault("content-type", "application/octet-stream"),
            file.memory == null ? null : file.memory.toByteArray(), file.path, file.size);
        created.add(upload);
        files.computeIfAbsent(name, k -> new ArrayList<>(1)).add(upload);
      }
    }
    fields.replaceAll((k, v) -> List.copyOf(v));
    files.replaceAll((k, v) -> List.copyOf(v));
    return new Parsed(Collections.unmodifiableMap(fields), Collections.unmodifiableMap(files));
  }

  /**
   * Copies bytes to {@code sink} until the delimiter, which is consumed; {@code matched} bytes of
   * it count as already seen.
   */
  private void readUntilDelimiter(OutputStream sink, int matched) throws IOException {
    int state = matched;
    while (state < delimiter.length) {
      int b = in.read();
      if (b < 0) {
        throw new BadRequest("The multipart body ended before its closing boundary.");
      }
      int next = state;
      while (next > 0 && (delimiter[next] & 0xff) != b) {
        next = failure[next - 1];
      }
      if ((delimiter[next] & 0xff) == b) {
        next++;
      }
      // What was held back as a possible delimiter start and is no longer one is content.
      int release = state + 1 - next;
      for (int i = 0; i < release; i++) {
        sink.write(i < state ? delimiter[i] : b);
      }
      state = next;
    }
  }

  /** After a delimiter: {@code --} ends the body, CRLF starts a part. */
  private boolean afterDelimiterIsFinal() throws IOException {
    int first = in.read();
    int second = in.read();
    if (first == '-' && second == '-') {
      return true;
    }
    if (first == '\r' && second == '\n') {
      return false;
    }
    throw new BadRequest("A multipart boundary is followed by neither CRLF nor '--'.");
  }

  private Map<String, String> readHeaders() throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    for (int count = 0; ; count++) {
      String line = readLine();
      if (line.isEmpty()) {
        return headers;
      }
      if (count >= MAX_HEADERS) {
        throw new BadRequest("A part of the multipart body has too many headers.");
      }
      int colon = line.indexOf(':');
      if (colon <= 0) {
        throw new BadRequest("A part of the multipart body has a malformed header line.");
      }
      headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
          line.substring(colon + 1).trim());
    }
  }

  private String readLine() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    while (true) {
      int b = in.read();
      if (b < 0) {
        throw new BadRequest("The multipart body ended inside the headers of a part.");
      }
      if (b == '\n') {
        byte[] bytes = line.toByteArray();
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1
            : bytes.length;
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
      }
      if (line.size() >= MAX_HEADER_LINE) {
        throw new BadRequest("A header line of the multipart body is too long.");
      }
      line.write(b);
    }
  }

  /** The boundary parameter of a {@code multipart/form-data} content type. */
  static String boundary(String contentType) {
    String boundary = parameter(contentType, "boundary");
    if (boundary == null || boundary.isEmpty() || boundary.length() > 70) {
      throw new BadRequest("A multipart/form-data body needs a boundary of 1 to 70 characters in"
          + " its Content-Type.");
    }
    return boundary;
  }

  /** A parameter of a header value such as {@code form-data; name="a"; filename="b.txt"}. */
  static String parameter(String header, String name) {
    String[] pieces = header.split(";");
    for (int i = 1; i < pieces.length; i++) {
      String piece = pieces[i].trim();
      int eq = piece.indexOf('=');
      if (eq > 0 && piece.substring(0, eq).trim().equalsIgnoreCase(name)) {
        String value = piece.substring(eq + 1).trim();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
          value = value.substring(1, value.length() - 1).replace("\\\"", "\"");
        }
        return value;
      }
    }
    return null;
  }

  private static int[] failureFunction(byte[] pattern) {
    int[] failure = new int[pattern.length];
    int k = 0;
    for (int i = 1; i < pattern.length; i++) {
      while (k > 0 && pattern[i] != pattern[k]) {
        k = failure[k - 1];
      }
      if (pattern[i] == pattern[k]) {
        k++;
      }
      failure[i] = k;
    }
    return failure;
  }

  /** A text field, counted against the form memory limit as Werkzeug counts it. */
  private final class FieldSink extends OutputStream {
    final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    @Override
    public void write(int b) {
      if (--formMemoryLeft < 0) {
        throw new RequestEntityTooLarge("The form's fields are larger than the "
            + limits.maxFormMemory() + " bytes this application accepts.");
      }
      buffer.write(b);
    }
  }

  /** A file: in memory up to the threshold, then in a temporary file. */
  private static final class FileSink extends OutputStream {
    ByteArrayOutputStream memory = new ByteArrayOutputStream();
    Path path;
    OutputStream file;
    long size;

    @Override
    public void write(int b) throws IOException {
      if (file == null && memory.size() >= SPOOL_THRESHOLD) {
        path = Files.createTempFile("carafe-upload-", ".part");
        file = new java.io.BufferedOutputStream(Files.newOutputStream(path));
        memory.writeTo(file);
        memory = null;
      }
      if (file != null) {
        file.write(b);
      } else {
        memory.write(b);
      }
      size++;
    }

    @Override
    public void close() throws IOException {
      if (file != null) {
        file.close();
      }
    }
  }
}
