package dev.carafe.faults;

import dev.carafe.Application;
import dev.carafe.Get;
import dev.carafe.Post;
import dev.carafe.Query;
import dev.carafe.Request;
import dev.carafe.RequestContext;
import dev.carafe.Response;
import dev.carafe.UploadedFile;
import dev.carafe.files.SendFile;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The application the faults are made against, built by the processor as a user's is: a page
 * that answers, one that throws, a large streamed body, a large file and an upload.
 */
@Application
public class Faulty {
  /** The configuration key of the large file {@code /file} sends. */
  public static final String BIG_FILE = "BIG_FILE";
  /** What {@code /boom}'s exception says, which must never reach a client. */
  public static final String SECRET = "the connection string is postgres://admin:hunter2@db";
  /** How many bytes {@code /stream} writes: far more than the sockets' buffers hold. */
  public static final int STREAM_LENGTH = 16 << 20;

  /** What {@code /work} adds after the id: enough that a response cut short would show. */
  public static final String PADDING = ".".repeat(16 << 10);

  private static final byte[] CHUNK = new byte[64 << 10];

  /** A page that answers. */
  @Get("/hello")
  public String hello() {
    return "Hello, World!";
  }

  /** A request that takes a few milliseconds of work, answered with its id. */
  @Get("/work")
  public String work(@Query String id) throws InterruptedException {
    Thread.sleep(5);
    return "done " + id + PADDING;
  }

  /**
   * {@code /work}'s answer written a kilobyte at a time with a pause between, so that a stop
   * finds streams half-sent.
   */
  @Get("/paced")
  public Response paced(@Query String id) {
    byte[] body = ("done " + id + PADDING).getBytes(StandardCharsets.UTF_8);
    return Response.stream("text/plain; charset=utf-8", out -> {
      for (int at = 0; at < body.length; at += 1024) {
        out.write(body, at, Math.min(1024, body.length - at));
        out.flush();
        try {
          Thread.sleep(1);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("interrupted while streaming");
        }
      }
    });
  }

  /** A handler with a bug: every request to it fails. */
  @Get("/boom")
  public String boom() {
    throw new IllegalStateException(SECRET);
  }

  /** A large body written while it is sent. */
  @Get("/stream")
  public Response stream() {
    return Response.stream("application/octet-stream", out -> {
      for (int sent = 0; sent < STREAM_LENGTH; sent += CHUNK.length) {
        out.write(CHUNK);
      }
    });
  }

  /** A large file, sent by the server's file transfer. */
  @Get("/file")
  public Response file() {
    return SendFile.sendFile(Path.of(RequestContext.current().app().config().string(BIG_FILE)));
  }

  /** Receives a multipart upload and says how large its files were. */
  @Post("/upload")
  public String upload(Request request) {
    long size = 0;
    for (List<UploadedFile> files : request.files().values()) {
      for (UploadedFile file : files) {
        size += file.size();
      }
    }
    return "received " + size;
  }
}
