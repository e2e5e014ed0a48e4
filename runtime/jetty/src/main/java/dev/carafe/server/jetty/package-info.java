/**
 * Serves a {@link dev.carafe.gateway.Gateway} on Jetty 12's core server ({@link
 * dev.carafe.server.jetty.JettyServer}): the request becomes an
 * {@link dev.carafe.gateway.Environ} without copying, and each kind of
 * {@link dev.carafe.gateway.Body} is written its fastest way. It knows the gateway interface
 * only, never the application.
 */
package dev.carafe.server.jetty;
