package dev.carafe.lifecycle;

import java.util.ArrayList;
import java.util.List;

/** The hooks and error handlers of the application or of one blueprint, in registration order. */
final class Scope {
  final List<UrlValuesHook> urlValuePreprocessors = new ArrayList<>();
  final List<BeforeRequestHook> beforeRequest = new ArrayList<>();
  final List<AfterRequestHook> afterRequest = new ArrayList<>();
  final List<TeardownHook> teardownRequest = new ArrayList<>();
  final List<UrlValuesHook> urlDefaults = new ArrayList<>();
  final ErrorHandlers errorHandlers = new ErrorHandlers();
}
