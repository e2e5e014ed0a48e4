/**
 * The application's static folder: the files the build saw with their fingerprints
 * ({@code StaticAssets}) and the {@code static} endpoint's answers over
 * {@link dev.carafe.files.SendFile} ({@code StaticFolder}).
 *
 * <p>Internal: only Carafe's own code calls this package, and it may change in any release.
 */
package dev.carafe.internal.files;
