/**
 * What every server adapter offers: a {@link dev.carafe.server.Server} serving one
 * {@link dev.carafe.gateway.Gateway}, and the options of its {@link
 * dev.carafe.server.Server.Builder}. The adapters live in sub-packages ({@code undertow},
 * {@code jetty}), each knowing the gateway interface and its own server library, never the
 * application nor each other.
 */
package dev.carafe.server;
