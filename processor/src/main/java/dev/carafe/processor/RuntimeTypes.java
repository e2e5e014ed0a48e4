package dev.carafe.processor;

import com.palantir.javapoet.ClassName;

/** The runtime types generated code refers to. */
final class RuntimeTypes {
  static final ClassName APP = ClassName.get("dev.carafe", "App");
  static final ClassName COMPILED_APP = ClassName.get("dev.carafe.internal.app", "CompiledApp");
  static final ClassName GATEWAY = ClassName.get("dev.carafe.gateway", "Gateway");
  static final ClassName LAUNCHER = ClassName.get("dev.carafe.launcher", "Launcher");
  static final ClassName REQUEST = ClassName.get("dev.carafe", "Request");
  static final ClassName RESPONSE = ClassName.get("dev.carafe", "Response");
  static final ClassName DISPATCH_TABLE = ClassName.get("dev.carafe.internal.routing", "DispatchTable");
  static final ClassName ROUTE_MATCH = ClassName.get("dev.carafe.internal.routing", "RouteMatch");
  static final ClassName FOUND = ROUTE_MATCH.nestedClass("Found");
  static final ClassName NOT_ALLOWED = ROUTE_MATCH.nestedClass("MethodNotAllowed");
  static final ClassName ENDPOINT = ClassName.get("dev.carafe.internal.routing", "Endpoint");
  static final ClassName TERMINAL = ClassName.get("dev.carafe.internal.routing", "Terminal");
  static final ClassName PATH_PARAMS = ClassName.get("dev.carafe.routing", "PathParams");
  static final ClassName PERFECT_HASH = ClassName.get("dev.carafe.internal.routing", "PerfectHash");
  static final ClassName SEGMENTS = ClassName.get("dev.carafe.internal.routing", "Segments");
  static final ClassName URL_TEMPLATE = ClassName.get("dev.carafe.internal.routing", "UrlTemplate");
  static final ClassName PERCENT = ClassName.get("dev.carafe.gateway", "Percent");
  static final ClassName URL_VALUE = ClassName.get("dev.carafe.internal.routing", "UrlValue");
  static final ClassName RULE_REDIRECT = ClassName.get("dev.carafe.internal.routing", "RuleRedirect");
  static final ClassName CONVERTER_MATCHER = ClassName.get("dev.carafe.internal.routing", "ConverterMatcher");

  private RuntimeTypes() {}
}
