package dev.carafe.internal.routing;

/**
 * A converter as one line of the generated data names it, the processor's {@code ConverterLines}:
 * its kind, then its arguments separated by spaces. {@code int signed fixedDigits min max},
 * {@code float signed min max}, {@code string minLength maxLength} (-1: none), {@code uuid},
 * {@code path}, {@code any word...} (indexes into the data's texts), {@code custom k} (the
 * application's converter {@code k}). Read here once for the dispatch table's checks
 * ({@link VariableCheck#read}) and the URL templates' values ({@link UrlValue#read}).
 */
record ConverterLine(String kind, String[] arguments) {
  static ConverterLine parse(String line) {
    String[] fields = line.split(" ");
    String[] arguments = new String[fields.length - 1];
    System.arraycopy(fields, 1, arguments, 0, arguments.length);
    return new ConverterLine(fields[0], arguments);
  }

  boolean flag(int index) {
    return Boolean.parseBoolean(arguments[index]);
  }

  long number(int index) {
    return Long.parseLong(arguments[index]);
  }

  double real(int index) {
    return Double.parseDouble(arguments[index]);
  }

  /** The words of {@code any}, each argument an index into {@code texts}. */
  String[] words(String[] texts) {
    String[] words = new String[arguments.length];
    for (int i = 0; i < words.length; i++) {
      words[i] = texts[Integer.parseInt(arguments[i])];
    }
    return words;
  }

  /** The application's converter of {@code custom k}. */
  ConverterMatcher<?> converter(ConverterMatcher<?>[] converters) {
    return converters[Integer.parseInt(arguments[0])];
  }

  IllegalArgumentException unknown(String where) {
    return new IllegalArgumentException("Unknown converter in the " + where + ": " + kind);
  }
}
