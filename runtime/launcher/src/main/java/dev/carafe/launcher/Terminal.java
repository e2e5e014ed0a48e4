package dev.carafe.launcher;

import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether what the launcher prints may carry colour (ANSI escape codes), and the colouring of the
 * route listing: colour only for a terminal ({@code System.console()} is there), not a
 * {@code TERM=dumb} one, and never when {@code NO_COLOR} is set to anything
 * (<a href="https://no-color.org">no-color.org</a>).
 *
 * @param colour whether to print colour
 */
record Terminal(boolean colour) {
  private static final String RESET = "\u001b[0m";
  private static final Pattern METHOD = Pattern.compile("[A-Z]+");
  private static final Pattern VARIABLE = Pattern.compile("<[^>]*>");

  /** The terminal of a process with {@code env}, whose standard streams are a console or not. */
  static Terminal of(Map<String, String> env, boolean console) {
    String noColor = env.get("NO_COLOR");
    boolean colour = console && !"dumb".equals(env.get("TERM"))
        && (noColor == null || noColor.isEmpty());
    return new Terminal(colour);
  }

  /** The terminal this process prints to. */
  static Terminal detect(Map<String, String> env) {
    // JDK 22 alone returned a console for redirected streams; 17 to 21 and 23 on return null.
    return of(env, System.console() != null);
  }

  /**
   * The listing {@code --routes} prints ({@code flask routes}' columns) with its heading in bold,
   * each method in the colour of its kind (reading green, creating yellow, changing blue,
   * deleting red) and the rules' variables in cyan; as it is without colour.
   */
  String routes(String table) {
    if (!colour || table.isEmpty()) {
      return table;
    }
    String[] lines = table.split("\n", -1);
    if (lines.length < 2) {
      return table;
    }
    // The dashes under the heading give the columns' starts.
    String rule = lines[1];
    int methodsAt = rule.indexOf(' ');
    while (methodsAt >= 0 && methodsAt < rule.length() && rule.charAt(methodsAt) == ' ') {
      methodsAt++;
    }
    int ruleAt = methodsAt < 0 ? -1 : rule.indexOf(' ', methodsAt);
    while (ruleAt >= 0 && ruleAt < rule.length() && rule.charAt(ruleAt) == ' ') {
      ruleAt++;
    }
    if (methodsAt <= 0 || ruleAt <= methodsAt) {
      return table;
    }
    StringBuilder out = new StringBuilder(table.length() * 2);
    out.append(style(lines[0], "1")).append('\n').append(lines[1]).append('\n');
    for (int i = 2; i < lines.length; i++) {
      String line = lines[i];
      if (line.length() < ruleAt) {
        out.append(line);
      } else {
        out.append(line, 0, methodsAt)
            .append(replace(METHOD, line.substring(methodsAt, ruleAt),
                method -> style(method, methodColour(method))))
            .append(replace(VARIABLE, line.substring(ruleAt), variable -> style(variable, "36")));
      }
      if (i < lines.length - 1) {
        out.append('\n');
      }
    }
    return out.toString();
  }

  private static String methodColour(String method) {
    switch (method) {
      case "GET":
        return "32";
      case "POST":
        return "33";
      case "PUT":
      case "PATCH":
        return "34";
      case "DELETE":
        return "31";
      default:
        return "35";
    }
  }

  private static String replace(Pattern pattern, String text,
      UnaryOperator<String> styler) {
    Matcher matcher = pattern.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(out, Matcher.quoteReplacement(styler.apply(matcher.group())));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static String style(String text, String codes) {
    return "\u001b[" + codes + "m" + text + RESET;
  }
}
