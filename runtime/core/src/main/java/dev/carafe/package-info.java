/**
 * What an application is written with, Flask's {@code from flask import ...}: the annotations
 * ({@link dev.carafe.Route}, {@link dev.carafe.Get}, {@link dev.carafe.Application},
 * {@link dev.carafe.Blueprint}, the hooks and parameter sources), the
 * {@link dev.carafe.Request} a handler reads, the {@link dev.carafe.Response} it may return, the
 * {@link dev.carafe.RequestContext} and the {@link dev.carafe.App} the processor generates.
 *
 * <p>Nothing here refers to {@code dev.carafe.internal}, which only generated code calls.
 */
package dev.carafe;
