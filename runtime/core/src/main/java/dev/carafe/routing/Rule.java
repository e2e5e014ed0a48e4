package dev.carafe.routing;

import java.util.List;
import java.util.Objects;

/**
 * One rule of an application as the request that matched it sees it, Flask's
 * {@code request.url_rule}: the rule text, the endpoint it routes to, the methods it accepts and
 * its variables.
 *
 * @param endpoint the endpoint's name ({@code show}, or {@code api.show} in a blueprint)
 * @param rule the rule as written, with the blueprint's prefix ({@code /users/<int:id>})
 * @param methods the methods declared for it (without the {@code HEAD} and {@code OPTIONS} that
 *     are answered for it)
 * @param arguments the names of its variables, in the order of the rule
 * @param blueprint the name of its blueprint, or {@code null} for the application's own rules
 */
public record Rule(String endpoint, String rule, List<String> methods, List<String> arguments,
    String blueprint) {
  /** Checks and copies the parts. */
  public Rule {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(rule, "rule");
    methods = List.copyOf(methods);
    arguments = List.copyOf(arguments);
  }

  @Override
  public String toString() {
    return endpoint + " " + methods + " " + rule;
  }
}
