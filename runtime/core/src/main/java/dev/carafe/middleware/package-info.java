/**
 * Middleware that ships with Carafe: gateways that wrap an application, as WSGI middleware wraps a
 * WSGI application. Each knows only the gateway interface.
 */
package dev.carafe.middleware;
