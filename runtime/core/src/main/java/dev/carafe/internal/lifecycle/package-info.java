/**
 * The hooks and error handlers of an application and of each blueprint, as generated code
 * registers them, and the order Flask runs them in.
 *
 * <p>Internal: only generated code calls this package, and it may change in any release.
 */
package dev.carafe.internal.lifecycle;
