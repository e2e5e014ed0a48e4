package dev.carafe.internal.lifecycle;

import java.util.ArrayList;
import java.util.List;

/**
 * The hooks and error handlers of the application or of one blueprint, in registration order:
 * filled by the builder, then {@link #frozen() frozen} for the lifecycle, so that a builder used
 * again cannot change an application that is already serving.
 */
final class Scope {
  final List<UrlValuesHook> urlValuePreprocessors;
  final List<BeforeRequestHook> beforeRequest;
  final List<AfterRequestHook> afterRequest;
  final List<TeardownHook> teardownRequest;
  final List<UrlValuesHook> urlDefaults;
  final ErrorHandlers errorHandlers;

  Scope() {
    this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
        new ArrayList<>(), new ErrorHandlers());
  }

  private Scope(List<UrlValuesHook> urlValuePreprocessors, List<BeforeRequestHook> beforeRequest,
      List<AfterRequestHook> afterRequest, List<TeardownHook> teardownRequest,
      List<UrlValuesHook> urlDefaults, ErrorHandlers errorHandlers) {
    this.urlValuePreprocessors = urlValuePreprocessors;
    this.beforeRequest = beforeRequest;
    this.afterRequest = afterRequest;
    this.teardownRequest = teardownRequest;
    this.urlDefaults = urlDefaults;
    this.errorHandlers = errorHandlers;
  }

  /** An unmodifiable copy. */
  Scope frozen() {
    return new Scope(List.copyOf(urlValuePreprocessors), List.copyOf(beforeRequest),
        List.copyOf(afterRequest), List.copyOf(teardownRequest), List.copyOf(urlDefaults),
        errorHandlers.frozen());
  }
}
