/**
 * The router generated code describes: {@code CompiledRoutes}, the matcher of a dispatch table
 * the processor planned at compile time (route tree, perfect hashes, order of transitions) and
 * wrote as data, which {@code RouteData} reads; the endpoints, terminals and match results; the
 * perfect hash, segment scanning and converter checks; URL templates and the text tables they are
 * all read from. Nothing here decides anything the compiler could have: it reads and follows.
 *
 * <p>Internal: only generated code calls this package, and it may change in any release.
 */
package dev.carafe.internal.routing;
