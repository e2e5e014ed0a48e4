package dev.carafe.files;

import static dev.carafe.TestApps.app;
import static dev.carafe.TestApps.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.carafe.internal.lifecycle.Lifecycle;
import dev.carafe.test.TestClient;
import dev.carafe.test.TestResponse;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link SendFile#fromResources}: files of a class path folder, from a jar (as an application run
 * with {@code java -jar} has them) and from a folder on disk (as it runs from its build output),
 * with the same conditional answers, and every name that could lead out of the folder a 404.
 */
class SendFileResourcesTest {
  private static final String CSS = "body { color: #333; }\n";
  private static final Instant MTIME = Instant.parse("2024-01-02T03:04:05Z");

  @TempDir
  Path temp;
  private URLClassLoader fromJar;
  private URLClassLoader fromDisk;

  @BeforeEach
  void classPaths() throws IOException {
    Path jar = temp.resolve("app.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      entry(out, "static/");
      entry(out, "static/css/");
      entry(out, "static/app.css", CSS);
      entry(out, "static/empty.txt", "");
      entry(out, "secret.txt", "not for the web");
    }
    Path classes = Files.createDirectories(temp.resolve("classes"));
    Files.createDirectories(classes.resolve("static/css"));
    Files.writeString(classes.resolve("static/app.css"), CSS);
    Files.writeString(classes.resolve("secret.txt"), "not for the web");
    Files.createSymbolicLink(classes.resolve("static/leak.txt"), classes.resolve("secret.txt"));
    fromJar = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
    fromDisk = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null);
  }

  @AfterEach
  void close() throws IOException {
    fromJar.close();
    fromDisk.close();
  }

  private static void entry(JarOutputStream out, String name) throws IOException {
    JarEntry entry = new JarEntry(name);
    entry.setLastModifiedTime(FileTime.from(MTIME));
    out.putNextEntry(entry);
    out.closeEntry();
  }

  private static void entry(JarOutputStream out, String name, String text) throws IOException {
    JarEntry entry = new JarEntry(name);
    entry.setLastModifiedTime(FileTime.from(MTIME));
    out.putNextEntry(entry);
    out.write(text.getBytes(StandardCharsets.UTF_8));
    out.closeEntry();
  }

  private static TestClient serving(ClassLoader loader) {
    // One segment: the test's routing takes a name at the end (nested names: StaticFolderTest).
    return new TestClient(app(Lifecycle.none(), get("static", "/static/<name>",
        request -> SendFile.fromResources(loader, "static", request.pathParams().string(0)).send())));
  }

  @Test
  void aJarEntryIsSentWithItsTypeAndATagOfItsChecksum() {
    TestResponse response = serving(fromJar).get("/static/app.css");
    assertEquals(200, response.status());
    assertEquals(CSS, response.text());
    assertEquals("text/css; charset=utf-8", response.header("Content-Type"));
    assertEquals(Integer.toString(CSS.length()), response.header("Content-Length"));
    CRC32 crc = new CRC32();
    crc.update(CSS.getBytes(StandardCharsets.UTF_8));
    assertEquals("\"" + Long.toHexString(crc.getValue()) + "-" + CSS.length() + "\"",
        response.header("ETag"));
    assertEquals("Tue, 02 Jan 2024 03:04:05 GMT", response.header("Last-Modified"));
    assertEquals("no-cache", response.header("Cache-Control"));
  }

  @Test
  void aJarEntryAnswersRangesAndValidatorsAsAFileDoes() {
    TestClient client = serving(fromJar);
    String etag = client.get("/static/app.css").header("ETag");
    TestResponse range = client.request("GET", "/static/app.css").header("Range", "bytes=7-11").send();
    assertEquals(206, range.status());
    assertEquals("color", range.text());
    assertEquals("bytes 7-11/" + CSS.length(), range.header("Content-Range"));
    TestResponse cached = client.request("GET", "/static/app.css").header("If-None-Match", etag).send();
    assertEquals(304, cached.status());
    assertEquals("", cached.text());
    TestResponse past = client.request("GET", "/static/app.css").header("Range", "bytes=500-").send();
    assertEquals(416, past.status());
    assertEquals("bytes */" + CSS.length(), past.header("Content-Range"));
  }

  @Test
  void anEmptyJarEntryIsSent() {
    TestResponse response = serving(fromJar).get("/static/empty.txt");
    assertEquals(200, response.status());
    assertEquals("0", response.header("Content-Length"));
  }

  @Test
  void aFileOfTheFolderOnDiskIsSentLikeTheJarsEntry() {
    TestResponse response = serving(fromDisk).get("/static/app.css");
    assertEquals(200, response.status());
    assertEquals(CSS, response.text());
    assertEquals("text/css; charset=utf-8", response.header("Content-Type"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"css", "missing.css", "..%2fsecret.txt", "%2e%2e%2fsecret.txt",
      "..\\secret.txt", "CON", "nul.txt", "%2fetc%2fpasswd"})
  void aFolderAMissingFileOrANameLeadingOutIsA404(String name) {
    for (URLClassLoader loader : new URLClassLoader[] {fromJar, fromDisk}) {
      TestResponse response = serving(loader).get("/static/" + name);
      assertEquals(404, response.status(), name + " from " + loader.getURLs()[0]);
      assertNull(response.header("ETag"), name);
    }
  }

  @Test
  void aNulInTheUrlIsRefusedBeforeAnyFileIsLookedUp() {
    for (URLClassLoader loader : new URLClassLoader[] {fromJar, fromDisk}) {
      assertEquals(400, serving(loader).get("/static/app.css%00.txt").status());
    }
  }

  @Test
  void aSymbolicLinkOutOfTheFolderIsA404() {
    assertEquals(404, serving(fromDisk).get("/static/leak.txt").status());
  }
}
