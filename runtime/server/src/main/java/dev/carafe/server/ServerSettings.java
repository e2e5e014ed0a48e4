package dev.carafe.server;

import java.time.Duration;

/**
 * The options a {@link Server.Builder} was given, as every adapter applies them, and what a client
 * sees past each limit:
 *
 * <ul>
 *   <li>{@code maxConnections}: a new connection waits in the listening socket's queue;
 *   <li>{@code idleTimeout}: a kept-alive connection with no request is closed;
 *   <li>{@code readTimeout}: a client slow to send its request line and headers, or silent in the
 *       middle of a body, has its connection closed;
 *   <li>{@code writeTimeout}: a client that stops reading its response has its connection closed;
 *   <li>{@code maxHeaderSize}: 414 for a request line past it, 431 for headers, then the
 *       connection is closed;
 *   <li>{@code maxHeaderCount}: 431, and the connection is closed.
 * </ul>
 *
 * @param host the host name or address to listen on
 * @param port the port to listen on, {@code 0} for any free one
 * @param ioThreads the threads that accept connections and read requests
 * @param workerThreads the size of the worker pool that runs requests
 * @param maxConnections the most connections open at once
 * @param idleTimeout how long a kept-alive connection may wait for its next request
 * @param readTimeout how long a request line and headers may take, and a body may stay silent
 * @param writeTimeout how long a response may wait for the client to take a byte
 * @param maxHeaderSize the most bytes of a request line and its headers
 * @param maxHeaderCount the most header fields in a request
 * @param bufferedBodySize how much of a body is read before a worker takes the request
 * @param drainTimeout how long a stop lets the requests in flight finish
 * @param virtualThreads whether requests run on virtual threads where the JDK has them
 */
public record ServerSettings(String host, int port, int ioThreads, int workerThreads,
    int maxConnections, Duration idleTimeout, Duration readTimeout, Duration writeTimeout,
    int maxHeaderSize, int maxHeaderCount, int bufferedBodySize, Duration drainTimeout,
    boolean virtualThreads) {}
