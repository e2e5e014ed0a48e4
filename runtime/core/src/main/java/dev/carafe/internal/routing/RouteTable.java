package dev.carafe.internal.routing;

import dev.carafe.routing.Rule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The listing of an application's rules that {@code --routes} prints, laid out like
 * {@code flask routes}: endpoint, methods and rule in columns, sorted by endpoint.
 */
public final class RouteTable {
  private RouteTable() {}

  /** The listing of {@code rules}, one line a rule, each line ending in a newline. */
  public static String format(List<Rule> rules) {
    List<String[]> rows = new ArrayList<>();
    List<Rule> sorted = new ArrayList<>(rules);
    sorted.sort(Comparator.comparing(Rule::endpoint));
    for (Rule rule : sorted) {
      TreeSet<String> methods = new TreeSet<>(rule.methods());
      methods.remove("HEAD");
      methods.remove("OPTIONS");
      rows.add(new String[] {rule.endpoint(), String.join(", ", methods), rule.rule()});
    }
    String[] header = {"Endpoint", "Methods", "Rule"};
    int[] widths = new int[header.length];
    for (int c = 0; c < header.length; c++) {
      widths[c] = header[c].length();
      for (String[] row : rows) {
        widths[c] = Math.max(widths[c], row[c].length());
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, widths, header);
    line(out, widths, new String[] {"-".repeat(widths[0]), "-".repeat(widths[1]), "-".repeat(widths[2])});
    for (String[] row : rows) {
      line(out, widths, row);
    }
    return out.toString();
  }

  private static void line(StringBuilder out, int[] widths, String[] cells) {
    for (int c = 0; c < cells.length; c++) {
      out.append(cells[c]);
      if (c < cells.length - 1) {
        out.append(" ".repeat(widths[c] - cells[c].length() + 2));
      }
    }
    out.append('\n');
  }
}
