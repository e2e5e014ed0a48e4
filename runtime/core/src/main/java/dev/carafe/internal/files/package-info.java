/**
 * Files served from a folder: the safe join of an untrusted name onto the folder.
 *
 * <p>Internal: only Carafe's own code calls this package, and it may change in any release.
 */
package dev.carafe.internal.files;
