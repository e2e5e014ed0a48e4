package dev.carafe.files;

/** Python's regular-expression classes where Java's differ, for Werkzeug's patterns. */
final class PythonRegex {
  /** Python's {@code \s} on text: every character {@code str.isspace} accepts. */
  static final String SPACE = "[\\t\\n\\x0B\\f\\r\\x1C-\\x1F \\x85\\xA0\\u1680\\u2000-\\u200A"
      + "\\u2028\\u2029\\u202F\\u205F\\u3000]";

  private PythonRegex() {}
}
