package dev.carafe.benchmarks.templates;

import io.jstach.jstache.JStacheLambda;

/**
 * What {@code base.mustache} needs of every page model: the context, and {@code url_for} as a
 * Mustache lambda ({@code {{#urlFor}}index{{/urlFor}}}). A page model implements it.
 */
public interface Layout {

  Ctx ctx();

  /** {@code {{#urlFor}}endpoint{{/urlFor}}}: the section's raw text is the endpoint. */
  @JStacheLambda
  @JStacheLambda.Raw
  default String urlFor(@JStacheLambda.Raw String endpoint) {
    return ctx().urlFor(endpoint);
  }
}
