package dev.carafe;

import java.util.Locale;

/**
 * Reads how much a request's {@code Accept} header wants a media type: the quality ({@code q}) of
 * the most specific range that covers it, as RFC 9110 section 12.5.1 says, 1 when there is no
 * header and 0 when no range covers the type.
 */
final class AcceptHeader {
  private AcceptHeader() {}

  /**
   * The quality of {@code type} (lower case, {@code type/subtype}) under {@code accept}.
   *
   * @param accept the header value, or {@code null} when absent
   */
  static double quality(String accept, String type) {
    if (accept == null || accept.isBlank()) {
      return 1;
    }
    int slash = type.indexOf('/');
    String major = type.substring(0, slash);
    int bestSpecificity = -1;
    double best = 0;
    for (String range : accept.split(",")) {
      String[] parts = range.split(";");
      String media = parts[0].trim().toLowerCase(Locale.ROOT);
      int specificity;
      if (media.equals(type)) {
        specificity = 2;
      } else if (media.equals(major + "/*")) {
        specificity = 1;
      } else if (media.equals("*/*")) {
        specificity = 0;
      } else {
        continue;
      }
      if (specificity > bestSpecificity) {
        bestSpecificity = specificity;
        best = qualityOf(parts);
      }
    }
    return best;
  }

  private static double qualityOf(String[] parts) {
    for (int i = 1; i < parts.length; i++) {
      String parameter = parts[i].trim();
      if (parameter.length() > 2 && (parameter.startsWith("q=") || parameter.startsWith("Q="))) {
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
