package dev.carafe.processor.model;

import javax.lang.model.type.TypeMirror;

/**
 * How a handler's return value becomes a response.
 *
 * @param kind what the value is sent as
 * @param type the value's type (inside the {@code Optional}, if any)
 * @param optional whether the method returns an {@code Optional}, whose emptiness is a 404
 */
public record Result(Kind kind, TypeMirror type, boolean optional) {

  /** What a return value is sent as. */
  public enum Kind {
    /** {@code String}: {@code text/html}. */
    HTML,
    /** {@code Page}, a rendered template: {@code text/html}, its bytes as they are. */
    PAGE,
    /** {@code byte[]}: {@code application/octet-stream}. */
    BYTES,
    /** {@code Response}: as it says. */
    RESPONSE,
    /** {@code void}: 204 No Content. */
    NO_CONTENT,
    /** A record, map, collection or array: {@code application/json}. */
    JSON,
    /** {@code Body.StreamWriter}: written while it is sent. */
    STREAM
  }
}
