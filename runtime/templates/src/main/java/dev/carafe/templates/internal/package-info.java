/**
 * What the generated {@code ...Templates} class calls to render a page.
 *
 * <p>Internal: only generated code calls this package, and it may change in any release.
 */
package dev.carafe.templates.internal;
