/**
 * What a request knows of the rule it matched: the {@link dev.carafe.routing.Rule}, Flask's
 * {@code request.url_rule}, and the {@link dev.carafe.routing.PathParams} it captured. Matching
 * itself is generated at compile time; its support code is in {@code dev.carafe.internal.routing}.
 */
package dev.carafe.routing;
