/**
 * The in-process test client, Flask's {@code test_client}: requests through an application's
 * gateway with no socket, and the response as the client would see it.
 */
package dev.carafe.test;
