package dev.carafe.processor;

import java.util.Map;

/**
 * The qualified names of the runtime's types that the processor recognises in the sources: the
 * annotations users write and the types their methods take and return. The processor does not
 * depend on the runtime at run time, so it knows them as text; this is the one place that spells
 * them (the types generated code refers to are in {@code RuntimeTypes}).
 */
final class Names {
  static final String PACKAGE = "dev.carafe";
  static final String APPLICATION = PACKAGE + ".Application";
  static final String ROUTE = PACKAGE + ".Route";
  static final String ROUTES = PACKAGE + ".Routes";
  static final String BLUEPRINT = PACKAGE + ".Blueprint";
  static final String URL_CONVERTER = PACKAGE + ".UrlConverter";
  static final String JSON_BODY = PACKAGE + ".JsonBody";

  static final String QUERY = PACKAGE + ".Query";
  static final String HEADER = PACKAGE + ".Header";
  static final String COOKIE = PACKAGE + ".Cookie";
  static final String FORM = PACKAGE + ".Form";

  static final String BEFORE_REQUEST = PACKAGE + ".BeforeRequest";
  static final String AFTER_REQUEST = PACKAGE + ".AfterRequest";
  static final String TEARDOWN_REQUEST = PACKAGE + ".TeardownRequest";
  static final String URL_VALUE_PREPROCESSOR = PACKAGE + ".UrlValuePreprocessor";
  static final String URL_DEFAULTS = PACKAGE + ".UrlDefaults";
  static final String ERROR_HANDLER = PACKAGE + ".ErrorHandler";

  static final String CONVERTER = PACKAGE + ".Converter";
  static final String REQUEST = PACKAGE + ".Request";
  static final String RESPONSE = PACKAGE + ".Response";
  static final String STREAM_WRITER = PACKAGE + ".Body.StreamWriter";
  static final String MIDDLEWARE = PACKAGE + ".Middleware";

  /** The package of the HTTP errors, named as Werkzeug names them ({@code NotFound}, ...). */
  static final String HTTP_ERRORS = PACKAGE + ".http";
  static final String HTTP_EXCEPTION = HTTP_ERRORS + ".HttpException";

  /** The single-method shortcuts and the method each stands for. */
  static final Map<String, String> SHORTCUTS = Map.of(
      PACKAGE + ".Get", "GET",
      PACKAGE + ".Post", "POST",
      PACKAGE + ".Put", "PUT",
      PACKAGE + ".Delete", "DELETE",
      PACKAGE + ".Patch", "PATCH");

  private Names() {}
}
