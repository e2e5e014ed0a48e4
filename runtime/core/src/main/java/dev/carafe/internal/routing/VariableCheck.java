package dev.carafe.internal.routing;

/**
 * Whether characters of the raw path are a value of one variable's converter, checked in place:
 * the converter's pattern and arguments, and the range of the Java type the handler takes, so a
 * value that would not fit is no match (the next rule is tried) rather than an error in the
 * handler. The processor writes each check as a line of text (see {@link #read}).
 */
interface VariableCheck {
  /**
   * Whether {@code path[from, to)} is a value.
   *
   * @param mayHoldSlash whether the characters may include {@code /} (the variable is in a part
   *     that spans segments), so that a converter of one segment must look for it
   */
  boolean accepts(String path, int from, int to, boolean mayHoldSlash);

  /** The one length a value has, or -1 when it may vary. */
  default int fixedLength() {
    return -1;
  }

  /** The check a line of the dispatch data describes; see {@link ConverterLine}. */
  static VariableCheck read(String text, String[] texts, ConverterMatcher<?>[] converters) {
    ConverterLine line = ConverterLine.parse(text);
    switch (line.kind()) {
      case "int":
        return new IntCheck(line.flag(0), (int) line.number(1), line.number(2), line.number(3));
      case "float":
        return new FloatCheck(line.flag(0), line.real(1), line.real(2));
      case "string":
        return new StringCheck((int) line.number(0), (int) line.number(1));
      case "uuid":
        return UuidCheck.INSTANCE;
      case "path":
        return PathCheck.INSTANCE;
      case "any":
        return new AnyCheck(line.words(texts));
      case "custom":
        return new CustomCheck(line.converter(converters));
      default:
        throw line.unknown("dispatch data");
    }
  }

  /** {@code int}: digits, a minus when signed, a fixed count of digits when not 0, in range. */
  record IntCheck(boolean signed, int fixedDigits, long min, long max) implements VariableCheck {
    @Override
    public boolean accepts(String path, int from, int to, boolean mayHoldSlash) {
      return Segments.isInteger(path, from, to, signed, fixedDigits, min, max);
    }

    @Override
    public int fixedLength() {
      return signed || fixedDigits == 0 ? -1 : fixedDigits;
    }
  }

  /** {@code float}: digits, a dot and digits, a minus when signed, in range. */
  record FloatCheck(boolean signed, double min, double max) implements VariableCheck {
    @Override
    public boolean accepts(String path, int from, int to, boolean mayHoldSlash) {
      return Segments.isFloat(path, from, to, signed, min, max);
    }
  }

  /** {@code string} (the default): a length in range ({@code max} -1: any), no slash. */
  record StringCheck(int min, int max) implements VariableCheck {
    @Override
    public boolean accepts(String path, int from, int to, boolean mayHoldSlash) {
      int length = to - from;
      boolean fits = min == max ? length == min : length >= Math.max(1, min) && (max < 0 || length <= max);
      return fits && (!mayHoldSlash || Segments.hasNoSlash(path, from, to));
    }

    @Override
    public int fixedLength() {
      return min == max ? min : -1;
    }
  }

  /** {@code uuid}: 8-4-4-4-12 hex digits. */
  enum UuidCheck implements VariableCheck {
    INSTANCE;

    @Override
    public boolean accepts(String path, int from, int to, boolean mayHoldSlash) {
      return to - from == 36 && Segments.isUuid(path, from);
    }

    @Override
    public int fixedLength() {
      return 36;
    }
  }

  /** {@code path}: anything that does not start with a slash, slashes included. */
  enum PathCheck implements VariableCheck {
    INSTANCE;

    @Override
    public boolean accepts(String path, int from, int to, boolean mayHoldSlash) {
      return to > from && path.charAt(from) != '/';
    }
  }

  /** {@code any}: one of the words, exactly. */
  record AnyCheck(String[] words) implements VariableCheck {
    @Override
    public boolean accepts(String path, int from, int to, boolean mayHoldSlash) {
      for (String word : words) {
        if (to - from == word.length() && path.startsWith(word, from)) {
          return !mayHoldSlash || Segments.hasNoSlash(path, from, to);
        }
      }
      return false;
    }
  }

  /** The application's own converter: its pattern, then its conversion. */
  record CustomCheck(ConverterMatcher<?> converter) implements VariableCheck {
    @Override
    public boolean accepts(String path, int from, int to, boolean mayHoldSlash) {
      return to > from && (!mayHoldSlash || Segments.hasNoSlash(path, from, to))
          && converter.accepts(path, from, to);
    }
  }
}
