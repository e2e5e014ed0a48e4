/**
 * HTTP errors, Werkzeug's {@code exceptions}: one class per error status (named as Werkzeug
 * names it, described as the status table {@link dev.carafe.gateway.HttpStatus} describes it),
 * and {@link dev.carafe.http.Abort#abort(int)}, Flask's {@code abort}.
 */
package dev.carafe.http;
