/**
 * Internal: Flask's signed session cookie, read and written byte for byte as Flask 3.1's {@code
 * SecureCookieSessionInterface} does, so that a Carafe application and a Flask application with
 * the same secret key share sessions. {@link dev.carafe.internal.session.SignedCookie} is the
 * entry point; the session API calls it, and it may change in any release.
 *
 * <p>The stages follow Flask's and itsdangerous' modules: {@code TaggedJson} ({@code
 * flask/json/tag.py}) turns Java values into tagged JSON values and back, {@code PythonJson}
 * writes and reads them as Python's {@code json} module does, and {@code TimestampSigner} ({@code
 * itsdangerous/timed.py} and {@code signer.py}) signs and checks the result.
 */
package dev.carafe.internal.session;
