/**
 * What generated dispatch tables and URL builders call: the match result, endpoints and terminals,
 * the perfect hash, segment scanning, converters and URL templates. The processor plans the
 * tables at compile time; this package holds only the small pieces they share at run time.
 *
 * <p>Internal: only generated code calls this package, and it may change in any release.
 */
package dev.carafe.internal.routing;
