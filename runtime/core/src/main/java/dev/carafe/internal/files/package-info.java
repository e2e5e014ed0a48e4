/**
 * Files served to a client: the safe join of an untrusted name onto a folder ({@code SafeJoin}),
 * and Werkzeug's conditional responses over any {@code Representation} ({@code Conditional},
 * with its parsers {@code HttpDate}, {@code EntityTags}, {@code RangeHeader} and
 * {@code Preconditions}), which {@code dev.carafe.SendFile} and the static files use.
 *
 * <p>Internal: only Carafe's own code calls this package, and it may change in any release.
 */
package dev.carafe.internal.files;
