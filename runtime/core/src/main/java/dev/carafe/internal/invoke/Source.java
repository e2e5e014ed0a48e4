package dev.carafe.internal.invoke;

/** Where a bound parameter is read from, as the client is told when it is missing or malformed. */
public enum Source {
  /** The query string: {@code @Query}. */
  QUERY("Query parameter"),
  /** A request header: {@code @Header}. */
  HEADER("Header"),
  /** A cookie: {@code @Cookie}. */
  COOKIE("Cookie"),
  /** A field of a URL-encoded form: {@code @Form}. */
  FORM("Form field");

  private final String label;

  Source(String label) {
    this.label = label;
  }

  /** How a message names the source, for example {@code Query parameter}. */
  public String label() {
    return label;
  }
}
