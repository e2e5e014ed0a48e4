package dev.carafe.internal.routing;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the data tables of generated code from compact text. A table written as a Java array
 * initializer costs several bytes of class-initialization bytecode per element, so an application
 * of thousands of routes would pass the class file's 64 KiB per method; as text it is one constant
 * (or a few: a constant holds at most 65,535 bytes), read once when the class is initialized.
 *
 * <p>The processor writes every table; these methods trust their input.
 */
public final class Tables {
  private Tables() {}

  /** The integers of {@code chunks}, joined: decimal numbers separated by commas. */
  public static int[] ints(String... chunks) {
    String text = String.join("", chunks);
    if (text.isEmpty()) {
      return new int[0];
    }
    int[] ints = new int[count(text, ',') + 1];
    int from = 0;
    for (int i = 0; i < ints.length; i++) {
      int to = text.indexOf(',', from);
      if (to < 0) {
        to = text.length();
      }
      ints[i] = Integer.parseInt(text, from, to, 10);
      from = to + 1;
    }
    return ints;
  }

  private static int count(String text, char separator) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == separator) {
        count++;
      }
    }
    return count;
  }

  /**
   * The texts of {@code chunks}, joined, split at {@code separator} (which no text contains); an
   * empty text stays empty.
   */
  public static String[] texts(char separator, String... chunks) {
    String text = String.join("", chunks);
    List<String> strings = new ArrayList<>();
    int from = 0;
    while (from <= text.length()) {
      int to = text.indexOf(separator, from);
      if (to < 0) {
        to = text.length();
      }
      strings.add(text.substring(from, to));
      from = to + 1;
    }
    return strings.toArray(new String[0]);
  }

  /**
   * The terminals of {@code chunks}, joined: one terminal per {@code ;}-separated item, each the
   * comma-separated indexes of its endpoints in {@code endpoints}; an empty item stands for
   * {@code null} (an empty slot of a hash table).
   */
  public static Terminal[] terminals(Endpoint[] endpoints, String... chunks) {
    String text = String.join("", chunks);
    List<Terminal> terminals = new ArrayList<>();
    int from = 0;
    while (from <= text.length()) {
      int to = text.indexOf(';', from);
      if (to < 0) {
        to = text.length();
      }
      if (to == from) {
        terminals.add(null);
      } else {
        int[] indexes = ints(text.substring(from, to));
        Endpoint[] ending = new Endpoint[indexes.length];
        for (int i = 0; i < indexes.length; i++) {
          ending[i] = endpoints[indexes[i]];
        }
        terminals.add(new Terminal(ending));
      }
      from = to + 1;
    }
    return terminals.toArray(new Terminal[0]);
  }
}
