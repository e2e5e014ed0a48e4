package dev.carafe.processor.write;

import com.palantir.javapoet.ClassName;

/**
 * The runtime types generated code refers to, in one place: when a runtime package moves, this
 * file is the one to change (the names the processor reads in the sources are in
 * {@link dev.carafe.processor.model.Names}).
 */
final class RuntimeTypes {
  private static final String CORE = "dev.carafe";
  private static final String GATEWAY_PACKAGE = CORE + ".gateway";
  private static final String ROUTING = CORE + ".internal.routing";
  private static final String INVOKE = CORE + ".internal.invoke";
  private static final String AVAJE_JSON = "io.avaje.json";

  static final ClassName APP = ClassName.get(CORE, "App");
  static final ClassName COMPILED_APP = ClassName.get(CORE + ".internal.app", "CompiledApp");
  static final ClassName GATEWAY = ClassName.get(GATEWAY_PACKAGE, "Gateway");
  static final ClassName LAUNCHER = ClassName.get(CORE + ".launcher", "Launcher");
  static final ClassName APP_COMMAND = ClassName.get(CORE + ".launcher", "AppCommand");
  static final ClassName REQUEST = ClassName.get(CORE, "Request");
  static final ClassName REQUEST_CONTEXT = ClassName.get(CORE, "RequestContext");
  static final ClassName RESPONSE = ClassName.get(CORE, "Response");
  static final ClassName LIFECYCLE = ClassName.get(CORE + ".internal.lifecycle", "Lifecycle");
  static final ClassName JSON = ClassName.get(CORE + ".json", "Json");
  static final ClassName PAGE = ClassName.get(CORE, "Page");
  static final ClassName RENDER = ClassName.get(CORE + ".templates.internal", "Render");
  static final ClassName TEMPLATE_GLOBALS = ClassName.get(CORE + ".templates", "TemplateGlobals");

  static final ClassName DISPATCH_TABLE = ClassName.get(ROUTING, "DispatchTable");
  static final ClassName COMPILED_ROUTES = ClassName.get(ROUTING, "CompiledRoutes");
  static final ClassName ENDPOINT = ClassName.get(ROUTING, "Endpoint");
  static final ClassName URL_TEMPLATE = ClassName.get(ROUTING, "UrlTemplate");
  static final ClassName URL_VALUE = ClassName.get(ROUTING, "UrlValue");
  static final ClassName RULE_REDIRECT = ClassName.get(ROUTING, "RuleRedirect");
  static final ClassName CONVERTER_MATCHER = ClassName.get(ROUTING, "ConverterMatcher");
  static final ClassName TABLES = ClassName.get(ROUTING, "Tables");
  static final ClassName STATIC_ASSETS = ClassName.get(CORE + ".internal.files", "StaticAssets");
  static final ClassName STATIC_FILES = ClassName.get(CORE + ".internal.app", "StaticFiles");
  static final ClassName STATIC_FOLDER = ClassName.get(CORE + ".internal.files", "StaticFolder");
  static final ClassName INVOKER = ClassName.get(ROUTING, "Invoker");

  static final ClassName BINDING = ClassName.get(INVOKE, "Binding");
  static final ClassName SOURCE = ClassName.get(INVOKE, "Source");
  static final ClassName RETURNS = ClassName.get(INVOKE, "Returns");

  /** avaje-json, which the runtime's {@code Json} is built on. */
  static final ClassName JSON_ADAPTER = ClassName.get(AVAJE_JSON, "JsonAdapter");
  static final ClassName JSON_READER = ClassName.get(AVAJE_JSON, "JsonReader");
  static final ClassName JSON_WRITER = ClassName.get(AVAJE_JSON, "JsonWriter");
  static final ClassName JSON_DATA_EXCEPTION = ClassName.get(AVAJE_JSON, "JsonDataException");

  private RuntimeTypes() {}
}
