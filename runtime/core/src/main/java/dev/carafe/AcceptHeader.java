package dev.carafe;

import java.util.Locale;

/**
 * Reads how much a request accepts an answer, by the {@code q} values of its {@code Accept} and
 * {@code Accept-Encoding} headers (RFC 9110 sections 12.5.1 and 12.5.3), as Werkzeug's
 * {@code MIMEAccept} and {@code accept_encodings} do.
 */
public final class AcceptHeader {
  private AcceptHeader() {}

  /**
   * The quality of media type {@code type} (lower case, {@code type/subtype}) under
   * {@code accept}: that of the most specific range that covers it, 1 when there is no header
   * and 0 when no range covers the type.
   *
   * @param accept the {@code Accept} header's value, or {@code null} when absent
   */
  public static double quality(String accept, String type) {
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

  /**
   * The quality of content coding {@code coding} (lower case: {@code br}, {@code gzip}) under
   * {@code acceptEncoding}: that of its own entry ({@code x-gzip} counting as {@code gzip}), else
   * of {@code *}, else 0. A request without the header gets 0 here: a client that says nothing is
   * sent the content as it is.
   *
   * @param acceptEncoding the {@code Accept-Encoding} header's value, or {@code null} when absent
   */
  public static double encodingQuality(String acceptEncoding, String coding) {
    if (acceptEncoding == null) {
      return 0;
    }
    double wildcard = 0;
    for (String entry : acceptEncoding.split(",")) {
      String[] parts = entry.split(";");
      String name = parts[0].trim().toLowerCase(Locale.ROOT);
      if (name.equals(coding) || coding.equals("gzip") && name.equals("x-gzip")) {
        return qualityOf(parts);
      }
      if (name.equals("*")) {
        wildcard = qualityOf(parts);
      }
    }
    return wildcard;
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
