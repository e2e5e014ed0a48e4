package dev.carafe.benchmarks.templates;

import java.util.List;
import java.util.Map;

/**
 * What Flask puts in every template's context, reduced to what the blog index uses: {@code url_for},
 * {@code g.user} and {@code get_flashed_messages()}. Both engines and the baseline call the same
 * methods, so the URL building costs the same in each.
 */
public record Ctx(Map<String, String> rules, User user, List<String> flashes) {

  /** Flask's {@code url_for(endpoint)} for a rule without variables. */
  public String urlFor(String endpoint) {
    String rule = rules.get(endpoint);
    if (rule == null) {
      throw new IllegalArgumentException("no endpoint " + endpoint);
    }
    return rule;
  }

  /** Flask's {@code url_for(endpoint, name=value)} for a rule with one variable {@code <name>}. */
  public String urlFor(String endpoint, String name, Object value) {
    String rule = urlFor(endpoint);
    String variable = "<" + name + ">";
    int at = rule.indexOf(variable);
    if (at < 0) {
      throw new IllegalArgumentException(endpoint + " has no variable " + name);
    }
    return rule.substring(0, at) + value + rule.substring(at + variable.length());
  }

  /** Flaskr's rules. */
  public static Map<String, String> flaskrRules() {
    return Map.of(
        "index", "/",
        "auth.register", "/auth/register",
        "auth.login", "/auth/login",
        "auth.logout", "/auth/logout",
        "blog.create", "/create",
        "blog.update", "/<id>/update");
  }
}
