/**
 * Serves a {@link dev.carafe.gateway.Gateway} on Undertow ({@link
 * dev.carafe.server.undertow.UndertowServer}): the exchange becomes an
 * {@link dev.carafe.gateway.Environ} without copying, and each kind of
 * {@link dev.carafe.gateway.Body} is sent its fastest way. It knows the gateway interface only,
 * never the application.
 */
package dev.carafe.server.undertow;
