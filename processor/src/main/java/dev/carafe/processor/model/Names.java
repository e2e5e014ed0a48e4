package dev.carafe.processor.model;

import java.util.Map;

/**
 * The qualified names of the runtime's types that the processor recognises in the sources: the
 * annotations users write and the types their methods take and return. The processor does not
 * depend on the runtime at run time, so it knows them as text; this is the one place that spells
 * them (the types generated code refers to are in {@code RuntimeTypes}).
 */
public final class Names {
  public static final String PACKAGE = "dev.carafe";
  public static final String APPLICATION = PACKAGE + ".Application";
  public static final String ROUTE = PACKAGE + ".Route";
  public static final String ROUTES = PACKAGE + ".Routes";
  public static final String BLUEPRINT = PACKAGE + ".Blueprint";
  public static final String URL_CONVERTER = PACKAGE + ".UrlConverter";
  public static final String JSON_BODY = PACKAGE + ".JsonBody";

  public static final String QUERY = PACKAGE + ".Query";
  public static final String HEADER = PACKAGE + ".Header";
  public static final String COOKIE = PACKAGE + ".Cookie";
  public static final String FORM = PACKAGE + ".Form";

  public static final String BEFORE_REQUEST = PACKAGE + ".BeforeRequest";
  public static final String AFTER_REQUEST = PACKAGE + ".AfterRequest";
  public static final String TEARDOWN_REQUEST = PACKAGE + ".TeardownRequest";
  public static final String URL_VALUE_PREPROCESSOR = PACKAGE + ".UrlValuePreprocessor";
  public static final String URL_DEFAULTS = PACKAGE + ".UrlDefaults";
  public static final String ERROR_HANDLER = PACKAGE + ".ErrorHandler";
  public static final String SHUTDOWN = PACKAGE + ".Shutdown";
  public static final String COMMAND = PACKAGE + ".Command";
  public static final String NON_BLOCKING = PACKAGE + ".NonBlocking";
  public static final String BLOCKING = PACKAGE + ".Blocking";

  public static final String CONVERTER = PACKAGE + ".Converter";
  public static final String APP = PACKAGE + ".App";
  public static final String REQUEST = PACKAGE + ".Request";
  public static final String SESSION = PACKAGE + ".Session";
  public static final String RESPONSE = PACKAGE + ".Response";
  public static final String PAGE = PACKAGE + ".Page";
  public static final String STREAM_WRITER = PACKAGE + ".gateway.Body.StreamWriter";
  public static final String MIDDLEWARE = PACKAGE + ".gateway.Middleware";
  public static final String CONFIG = PACKAGE + ".config.Config";
  /** Flask's template globals, which every compiled template imports. */
  public static final String TEMPLATE_GLOBALS = PACKAGE + ".templates.TemplateGlobals";
  /** The runtime's handler of the {@code static} endpoint. */
  public static final String STATIC_FILES = PACKAGE + ".internal.app.StaticFiles";

  /** The package of the HTTP errors, named as Werkzeug names them ({@code NotFound}, ...). */
  public static final String HTTP_ERRORS = PACKAGE + ".http";
  public static final String HTTP_EXCEPTION = HTTP_ERRORS + ".HttpException";

  /** The single-method shortcuts and the method each stands for. */
  public static final Map<String, String> SHORTCUTS = Map.of(
      PACKAGE + ".Get", "GET",
      PACKAGE + ".Post", "POST",
      PACKAGE + ".Put", "PUT",
      PACKAGE + ".Delete", "DELETE",
      PACKAGE + ".Patch", "PATCH");

  private Names() {}
}
