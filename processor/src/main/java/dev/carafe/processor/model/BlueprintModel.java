package dev.carafe.processor.model;

/**
 * A controller class's {@code @Blueprint}: its endpoints are named {@code name.method} and its
 * rules start with the URL prefix, as a Flask blueprint registered with {@code url_prefix}.
 *
 * @param name the blueprint's name
 * @param urlPrefix its URL prefix, empty for none
 */
public record BlueprintModel(String name, String urlPrefix) {

  /** The rule under the prefix, as Flask joins them: {@code /admin} and {@code /} give {@code /admin/}. */
  public String prefix(String rule) {
    if (urlPrefix.isEmpty() || urlPrefix.equals("/")) {
      return rule;
    }
    String base = urlPrefix.endsWith("/") ? urlPrefix.substring(0, urlPrefix.length() - 1) : urlPrefix;
    return base + (rule.startsWith("/") ? rule : "/" + rule);
  }
}
