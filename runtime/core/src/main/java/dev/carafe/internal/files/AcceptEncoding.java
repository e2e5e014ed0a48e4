package dev.carafe.internal.files;

import java.util.Locale;

/**
 * Reads how much a request's {@code Accept-Encoding} header accepts a content coding (RFC 9110
 * section 12.5.3): the quality of the coding's own entry, else of {@code *}, else 0. A request
 * without the header gets no coding here: a client that says nothing is sent the file as it is.
 */
final class AcceptEncoding {
  private AcceptEncoding() {}

  /**
   * The quality of {@code coding} (lower case) under {@code header}, from 0 (refused, or not
   * mentioned) to 1.
   *
   * @param header the header value, or {@code null} when absent
   */
  static double quality(String header, String coding) {
    if (header == null) {
      return 0;
    }
    double wildcard = 0;
    for (String entry : header.split(",")) {
      String[] parts = entry.split(";");
      String name = parts[0].trim().toLowerCase(Locale.ROOT);
      if (name.equals(coding) || coding.equals("gzip") && name.equals("x-gzip")) {
        return quality(parts);
      }
      if (name.equals("*")) {
        wildcard = quality(parts);
      }
    }
    return wildcard;
  }

  /** The {@code q} parameter's value, 1 without one, 0 for one that is no quality. */
  private static double quality(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].trim();
      if (parameter.length() > 2 && (parameter.charAt(0) == 'q' || parameter.charAt(0) == 'Q')
          && parameter.charAt(1) == '=') {
        try {
          double q = Double.parseDouble(parameter.substring(2).trim());
          return q >= 0 && q <= 1 ? q : 0;
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return 1;
  }
}
