/**
 * The application the processor generates, at run time: {@link
 * dev.carafe.internal.app.CompiledApp} runs Flask's steps of a request over a generated dispatch
 * table, endpoints and lifecycle, and its URL map builds URLs.
 *
 * <p>Internal: only generated code calls this package, and it may change in any release.
 */
package dev.carafe.internal.app;
