package dev.carafe;

import dev.carafe.gateway.Environ;
import dev.carafe.http.BadRequest;
import dev.carafe.http.RequestEntityTooLarge;
import dev.carafe.http.UnsupportedMediaType;
import dev.carafe.json.Json;
import io.avaje.json.JsonAdapter;
import io.avaje.json.JsonException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The body of one request, decoded on first use as what the handler asks for: bytes, a form
 * (URL-encoded or multipart, with its uploaded files) or JSON, always within the application's
 * {@link RequestLimits}. Read once: the bytes a form or JSON was decoded from stay for a second
 * look, except for a multipart body, which the parser streams (as in Werkzeug).
 */
final class RequestBody {
  private static final Map<String, List<String>> NO_FIELDS = Map.of();

  private final Environ environ;
  private final RequestLimits limits;
  private byte[] bytes;
  private Map<String, List<String>> form;
  private Map<String, List<UploadedFile>> files;
  private List<UploadedFile> uploads = List.of();

  RequestBody(Environ environ, RequestLimits limits) {
    this.environ = environ;
    this.limits = limits;
  }

  /** The media type of {@code environ}'s body, lower case, without parameters; or empty. */
  static String mimetype(Environ environ) {
    String type = environ.headers().first("Content-Type");
    if (type == null) {
      return "";
    }
    int semicolon = type.indexOf(';');
    return (semicolon < 0 ? type : type.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
  }

  /** Whether {@code mimetype} is JSON's, as Werkzeug's {@code is_json}. */
  static boolean isJson(String mimetype) {
    return mimetype.equals("application/json")
        || mimetype.startsWith("application/") && mimetype.endsWith("+json");
  }

  /** The text fields of a form body; empty for a body of another type. */
  Map<String, List<String>> form() {
    if (form == null) {
      String type = mimetype(environ);
      if (type.equals("application/x-www-form-urlencoded")) {
        byte[] data = read(Math.min(limits.maxContentLength(), limits.maxFormMemory()));
        form = UrlEncoded.parse(new String(data, StandardCharsets.UTF_8), limits.maxFormParts());
        files = Map.of();
      } else if (type.equals("multipart/form-data")) {
        parseMultipart();
      } else {
        form = NO_FIELDS;
        files = Map.of();
      }
    }
    return form;
  }

  private void parseMultipart() {
    InputStream source = bytes != null
        ? new ByteArrayInputStream(bytes)
        : BodyReader.stream(environ, limits.maxContentLength());
    uploads = new ArrayList<>();
    Multipart.Parsed parsed =
        Multipart.parse(source, environ.headers().first("Content-Type"), limits, uploads);
    form = parsed.fields();
    files = parsed.files();
    if (bytes == null) {
      // The body was read by the parser: as in Werkzeug, it is no longer there as bytes.
      bytes = new byte[0];
    }
  }

  /** The files of a multipart body by field name; empty for other bodies. */
  Map<String, List<UploadedFile>> files() {
    form();
    return files;
  }

  /** The whole body, read within the content length limit. */
  byte[] bytes() {
    return read(limits.maxContentLength());
  }

  private byte[] read(long limit) {
    if (bytes == null) {
      bytes = BodyReader.read(environ, limit);
    } else if (bytes.length > limit) {
      throw new RequestEntityTooLarge("The form is larger than the " + limit
          + " bytes this application accepts.");
    }
    return bytes;
  }

  /** The body as a JSON value of any kind. */
  Object json() {
    byte[] data = jsonBytes();
    try {
      return Json.read(data, limits.json());
    } catch (JsonException e) {
      throw malformed(e);
    }
  }

  /** The body read as JSON by {@code adapter}. */
  <T> T json(JsonAdapter<T> adapter) {
    byte[] data = jsonBytes();
    try {
      return Json.read(data, adapter, limits.json());
    } catch (JsonException e) {
      throw malformed(e);
    }
  }

  private byte[] jsonBytes() {
    if (!isJson(mimetype(environ))) {
      throw new UnsupportedMediaType("Did not attempt to load JSON data because the request"
          + " Content-Type was not 'application/json'.");
    }
    long limit = Math.min(limits.maxContentLength(), limits.json().maxSize());
    if (bytes == null) {
      bytes = BodyReader.read(environ, limit);
    } else if (bytes.length > limit) {
      throw new RequestEntityTooLarge("The JSON body is larger than the " + limit
          + " bytes this application accepts.");
    }
    return bytes;
  }

  private static BadRequest malformed(JsonException e) {
    return new BadRequest("Failed to decode JSON object: " + e.getMessage());
  }

  /** Deletes the temporary files of uploads. */
  void close() {
    for (UploadedFile upload : uploads) {
      upload.delete();
    }
  }
}
