package dev.carafe.processor;

import java.util.Map;

/**
 * The runtime's names the processor reads and writes. The processor does not depend on the runtime
 * at run time, so it knows them as text.
 */
final class Names {
  static final String PACKAGE = "dev.carafe";
  static final String APPLICATION = "dev.carafe.Application";
  static final String ROUTE = "dev.carafe.Route";
  static final String ROUTES = "dev.carafe.Routes";
  static final String URL_CONVERTER = "dev.carafe.UrlConverter";
  static final String CONVERTER = "dev.carafe.Converter";
  static final String REQUEST = "dev.carafe.Request";
  static final String JSON_BODY = "dev.carafe.JsonBody";
  static final String BLUEPRINT = "dev.carafe.Blueprint";
  static final String RESPONSE = "dev.carafe.Response";

  /** The single-method shortcuts and the method each stands for. */
  static final Map<String, String> SHORTCUTS = Map.of(
      "dev.carafe.Get", "GET",
      "dev.carafe.Post", "POST",
      "dev.carafe.Put", "PUT",
      "dev.carafe.Delete", "DELETE",
      "dev.carafe.Patch", "PATCH");

  private Names() {}
}
