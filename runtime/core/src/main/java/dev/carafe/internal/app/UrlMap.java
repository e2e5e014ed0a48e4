package dev.carafe.internal.app;

import dev.carafe.BuildError;
import dev.carafe.RequestContext;
import dev.carafe.gateway.Environ;
import dev.carafe.gateway.Percent;
import dev.carafe.internal.lifecycle.Lifecycle;
import dev.carafe.internal.routing.Endpoint;
import dev.carafe.internal.routing.UrlTemplate;
import dev.carafe.routing.PathParams;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The URL side of an application's rules, Werkzeug's {@code MapAdapter.build} as Flask's
 * {@code url_for} calls it: an endpoint's rules by name, the URL defaults hooks, the mount point
 * and host of the request being handled, and a suggestion when a name is misspelt.
 */
final class UrlMap {
  private final Map<String, List<Endpoint>> byName = new LinkedHashMap<>();
  private final Lifecycle lifecycle;
  /**
   * Whether some endpoint has a rule with defaults beside another rule, so that a request may be
   * redirected to its defaults: most applications have none, and their requests skip the check.
   */
  private final boolean defaultRedirects;

  UrlMap(List<Endpoint> endpoints, Lifecycle lifecycle) {
    this.lifecycle = lifecycle;
    // An endpoint routed by several rules keeps them in Werkzeug's build order, as generated.
    for (Endpoint endpoint : endpoints) {
      byName.computeIfAbsent(endpoint.name(), name -> new ArrayList<>()).add(endpoint);
    }
    this.defaultRedirects = byName.values().stream().anyMatch(rules -> rules.size() > 1
        && rules.stream().anyMatch(rule -> !rule.url().defaults().isEmpty()));
  }

  /** Flask's {@code url_for}; see {@link dev.carafe.App#urlFor(String, Map)}. */
  String urlFor(String endpoint, Map<String, ?> values) {
    List<Endpoint> rules = byName.get(endpoint);
    if (rules == null) {
      throw new BuildError("Could not build url for endpoint '" + endpoint + "'."
          + suggestion(endpoint, values));
    }
    Map<String, Object> given = new LinkedHashMap<>(values);
    Object anchor = given.remove("_anchor");
    Object method = given.remove("_method");
    Object scheme = given.remove("_scheme");
    Object external = given.remove("_external");
    if (lifecycle.hasUrlDefaults()) {
      lifecycle.injectUrlDefaults(endpoint, rules.get(0).rule().blueprint(), given);
    }
    String url = UrlTemplate.build(endpoint, given, templates(endpoint, rules, method));
    Environ environ = RequestContext.active() ? RequestContext.current().request().environ() : null;
    if (environ != null) {
      url = environ.scriptName() + url;
    }
    if (scheme != null || Boolean.TRUE.equals(external)) {
      if (Boolean.FALSE.equals(external)) {
        throw new BuildError("Could not build url for endpoint '" + endpoint + "': _scheme makes"
            + " an external URL, so _external cannot be false.");
      }
      if (environ == null) {
        throw new BuildError("Could not build an external url for endpoint '" + endpoint + "'"
            + " outside a request: the host is only known while one is handled. Build it in a"
            + " request, or build the path and add the host yourself.");
      }
      url = origin(scheme == null ? environ.scheme() : scheme.toString(), environ) + url;
    }
    if (anchor != null) {
      url += "#" + Percent.encodeQuery(anchor.toString());
    }
    return url;
  }

  /** The endpoint's rules that accept {@code method}, Flask's {@code _method}; all without one. */
  private static List<UrlTemplate> templates(String endpoint, List<Endpoint> rules, Object method) {
    List<UrlTemplate> templates = new ArrayList<>();
    for (Endpoint rule : rules) {
      if (method == null || rule.methods().contains(method.toString())
          || method.equals("HEAD") && rule.methods().contains("GET")) {
        templates.add(rule.url());
      }
    }
    if (templates.isEmpty()) {
      throw new BuildError("Could not build url for endpoint '" + endpoint + "' with method "
          + method + ": it answers " + rules.get(0).methods() + ".");
    }
    return templates;
  }

  /**
   * {@code scheme://host[:port]}: the host as the request addressed it, which leaves out the port
   * when it is the default of the request's own scheme (Werkzeug's {@code get_host}), whatever
   * scheme the URL is built for. The host is in lower case, as Werkzeug's {@code bind_to_environ}
   * gives it.
   */
  private static String origin(String scheme, Environ environ) {
    int port = environ.port();
    String requestScheme = environ.scheme();
    boolean defaultPort = port <= 0 || requestScheme.equals("http") && port == 80
        || requestScheme.equals("https") && port == 443;
    String name = environ.host().toLowerCase(java.util.Locale.ROOT);
    String host = name.contains(":") && !name.startsWith("[") ? "[" + name + "]" : name;
    return scheme + "://" + host + (defaultPort ? "" : ":" + port);
  }

  /**
   * Werkzeug's redirect to a rule's defaults ({@code redirect_defaults}): when an endpoint's rule
   * that comes earlier in build order has defaults, the same arguments, accepts the method and
   * its defaults equal the values the request matched ({@code /users/page/1} where
   * {@code /users/} stands for page 1), the request is sent there: one URL per page.
   *
   * @return the path to redirect to, or {@code null}
   */
  String defaultRedirect(Endpoint matched, PathParams params, String method) {
    if (!defaultRedirects) {
      return null;
    }
    List<Endpoint> rules = byName.get(matched.name());
    if (rules == null || rules.size() < 2) {
      return null;
    }
    Map<String, Object> values = new LinkedHashMap<>();
    List<String> names = matched.rule().arguments();
    for (int i = 0; i < names.size(); i++) {
      values.put(names.get(i), params.string(i));
    }
    values.putAll(matched.url().defaults());
    for (Endpoint rule : rules) {
      if (rule == matched) {
        return null;
      }
      Map<String, Object> defaults = rule.url().defaults();
      if (!defaults.isEmpty() && arguments(rule).equals(arguments(matched))
          && (rule.methods().contains(method) || method.equals("HEAD") && rule.methods().contains("GET")
              || method.equals("OPTIONS"))
          && defaults.entrySet().stream().allMatch(d -> sameValue(d.getValue(), values.get(d.getKey())))) {
        return rule.url().build(matched.name(), values);
      }
    }
    return null;
  }

  /** Werkzeug's {@code Rule.arguments}: the variables and the names of the defaults. */
  private static Set<String> arguments(Endpoint rule) {
    Set<String> arguments = new HashSet<>(rule.rule().arguments());
    arguments.addAll(rule.url().defaults().keySet());
    return arguments;
  }

  /** Whether a default and a matched value are the same: as text, or as numbers. */
  private static boolean sameValue(Object fallback, Object value) {
    if (value == null || fallback.toString().equals(value.toString())) {
      return value != null;
    }
    if (fallback instanceof Number number) {
      try {
        return new java.math.BigDecimal(value.toString()).compareTo(new java.math.BigDecimal(number.toString())) == 0;
      } catch (NumberFormatException e) {
        return false;
      }
    }
    return false;
  }

  /**
   * Werkzeug's suggestion: the rule whose endpoint is most like the name asked for (a
   * {@code difflib} ratio), a little ahead when it takes the values given or the method asked
   * for; the first such rule on a tie.
   */
  private String suggestion(String endpoint, Map<String, ?> values) {
    Object method = values.get("_method");
    Endpoint closest = null;
    double best = -1;
    for (List<Endpoint> rules : byName.values()) {
      for (Endpoint rule : rules) {
        boolean takesValues = values.keySet().stream()
            .filter(name -> !name.startsWith("_"))
            .allMatch(rule.rule().arguments()::contains);
        double score = 0.98 * Similarity.ratio(rule.name(), endpoint) + (takesValues ? 0.01 : 0)
            + (method != null && rule.methods().contains(method.toString()) ? 0.01 : 0);
        if (score > best) {
          best = score;
          closest = rule;
        }
      }
    }
    return closest == null ? " The application has no endpoints."
        : " Did you mean '" + closest.name() + "' instead?";
  }
}
