package dev.carafe.metrics;

import jdk.jfr.Category;
import jdk.jfr.DataAmount;
import jdk.jfr.Description;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;

/**
 * The JFR event of one request that {@link Profiling} sampled, {@code dev.carafe.Request}: its
 * duration is the request's, until the response was complete. No stack trace: the committing
 * thread's stack says nothing of the request.
 */
@Name(RequestEvent.NAME)
@Label("HTTP Request")
@Category("Carafe")
@Description("A request Carafe served, from its arrival until its response was complete")
@StackTrace(false)
final class RequestEvent extends jdk.jfr.Event {
  /** The event's name, for {@code jfr print --events} and recording settings. */
  static final String NAME = "dev.carafe.Request";

  @Label("Method")
  String method;

  @Label("Path")
  @Description("The raw path, mount point included, without the query")
  String path;

  @Label("Endpoint")
  @Description("The endpoint the request was routed to; none when no rule matched")
  String endpoint;

  @Label("Status")
  int status;

  @Label("Bytes")
  @Description("The body's size; -1 when unknown")
  @DataAmount
  long bytes;
}
