/**
 * JUnit 5 support: {@link dev.carafe.junit.CarafeExtension} hands a test the application, the
 * in-process client and a real server on a free port.
 */
package dev.carafe.junit;
