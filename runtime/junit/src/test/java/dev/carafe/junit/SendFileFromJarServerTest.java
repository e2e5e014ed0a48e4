package dev.carafe.junit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.carafe.TestApps;
import dev.carafe.files.SendFile;
import dev.carafe.internal.lifecycle.Lifecycle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Static files of an application run from its jar, over real HTTP: a class path folder inside a
 * jar ({@link SendFile#fromResources}) is sent whole, by ranges and revalidated, its compressed
 * entry read as it is sent.
 */
class SendFileFromJarServerTest {
  /** Larger than any buffer on the way, so the entry is streamed in many writes. */
  private static final byte[] BIG = random(3 * 1024 * 1024 + 17);
  private static final ClassLoader JAR = jarLoader();
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).build();

  @RegisterExtension
  static final CarafeExtension carafe = CarafeExtension.of(() -> TestApps.app(Lifecycle.none(),
      TestApps.get("static", "/static/<name>",
          r -> SendFile.fromResources(JAR, "static", r.pathParams().string(0)).send())));

  private static byte[] random(int size) {
    byte[] bytes = new byte[size];
    new Random(12).nextBytes(bytes);
    return bytes;
  }

  private static ClassLoader jarLoader() {
    try {
      Path jar = Files.createTempFile("carafe-static", ".jar");
      try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
        out.putNextEntry(new JarEntry("static/"));
        out.closeEntry();
        out.putNextEntry(new JarEntry("static/big.bin"));
        out.write(BIG);
        out.closeEntry();
        out.putNextEntry(new JarEntry("secret.txt"));
        out.write("secret".getBytes());
        out.closeEntry();
      }
      jar.toFile().deleteOnExit();
      return new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static HttpResponse<byte[]> get(URI base, String path, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void aJarEntryIsSentWholeWithItsLength(URI base) throws Exception {
    HttpResponse<byte[]> response = get(base, "static/big.bin");
    assertEquals(200, response.statusCode());
    assertEquals(Integer.toString(BIG.length), response.headers().firstValue("Content-Length").orElse(null));
    assertEquals("application/octet-stream", response.headers().firstValue("Content-Type").orElse(null));
    assertArrayEquals(BIG, response.body());
  }

  @Test
  void aRangeOfAJarEntryIsReadFromTheMiddleOfIt(URI base) throws Exception {
    HttpResponse<byte[]> response = get(base, "static/big.bin", "Range", "bytes=2000000-2000099");
    assertEquals(206, response.statusCode());
    assertEquals("bytes 2000000-2000099/" + BIG.length,
        response.headers().firstValue("Content-Range").orElse(null));
    assertArrayEquals(Arrays.copyOfRange(BIG, 2_000_000, 2_000_100), response.body());
  }

  @Test
  void aJarEntryIsRevalidatedByItsTag(URI base) throws Exception {
    String etag = get(base, "static/big.bin").headers().firstValue("ETag").orElseThrow();
    HttpResponse<byte[]> response = get(base, "static/big.bin", "If-None-Match", etag);
    assertEquals(304, response.statusCode());
    assertEquals(0, response.body().length);
  }

  @Test
  void aNameOutOfTheJarsFolderIsA404(URI base) throws Exception {
    assertEquals(404, get(base, "static/..%2fsecret.txt").statusCode());
    assertEquals(404, get(base, "static/missing.bin").statusCode());
  }
}
