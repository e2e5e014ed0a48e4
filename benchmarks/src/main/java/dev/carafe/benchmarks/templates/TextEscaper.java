package dev.carafe.benchmarks.templates;

import io.jstach.jstachio.Escaper;
import io.jstach.jstachio.Output;

/**
 * A JStachio escaper with jte's rule for text between tags: {@code & < >} only. JStachio's own
 * ({@code Html}) also escapes {@code " ' = `} everywhere, as it does not know whether a value
 * stands in an attribute; jte does know, and escapes quotes in attributes only. The benchmark
 * renders JStachio with this escaper so that both engines give the same bytes (the page has no
 * escaped value in an attribute), and with its own as well.
 */
enum TextEscaper implements Escaper {
  INSTANCE;

  private static String escape(char c) {
    return switch (c) {
      case '&' -> "&amp;";
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      default -> null;
    };
  }

  @Override
  public <A extends Output<E>, E extends Exception> void append(A a, CharSequence s) throws E {
    append(a, s, 0, s.length());
  }

  @Override
  public <A extends Output<E>, E extends Exception> void append(A a, CharSequence s, int start, int end)
      throws E {
    int from = start;
    for (int i = start; i < end; i++) {
      String found = escape(s.charAt(i));
      if (found != null) {
        if (i > from) {
          a.append(s, from, i);
        }
        a.append(found);
        from = i + 1;
      }
    }
    if (from == 0 && end == s.length()) {
      a.append(s);
    } else if (from < end) {
      a.append(s, from, end);
    }
  }

  @Override
  public <A extends Output<E>, E extends Exception> void append(A a, char c) throws E {
    String found = escape(c);
    if (found != null) {
      a.append(found);
    } else {
      a.append(c);
    }
  }
}
