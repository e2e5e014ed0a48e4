/**
 * The page an unhandled exception gets in debug mode: {@link dev.carafe.internal.debug.DebugPage}
 * answers with the exception chain, each frame (the application's expanded with their source
 * lines, the framework's and libraries' folded) and the request, with cookies, credentials and
 * tokens masked; as HTML for a browser, as text or JSON for other clients. Nothing on the page
 * runs code: it has no console and no script.
 *
 * <p>Internal: only the application's error handling calls this package, and it may change in
 * any release.
 */
package dev.carafe.internal.debug;
