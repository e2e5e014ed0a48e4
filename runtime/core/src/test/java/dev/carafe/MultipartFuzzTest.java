package dev.carafe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.carafe.http.BadRequest;
import dev.carafe.http.RequestEntityTooLarge;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Any bytes given to the multipart parser end in a parsed form, a 400 or a 413, never another
 * exception, and leave no temporary file. The seeds are in {@code MultipartFuzzTestInputs}; a
 * plain build replays them, {@code JAZZER_FUZZ=1} explores (see the README). Small limits and a
 * small spool threshold let short inputs reach every limit and the temporary files.
 */
class MultipartFuzzTest {
  private static final RequestLimits LIMITS = RequestLimits.defaults()
      .withMaxFormMemory(2_000).withMaxFormParts(8);
  private static final int SPOOL_THRESHOLD = 64;
  private static final Path SPOOL = Path.of(System.getProperty("java.io.tmpdir"));

  /** The body comes in reads of a size the input picks, so delimiters straddle reads. */
  @FuzzTest
  void endsInAFormOrA4xx(FuzzedDataProvider data) {
    int chunk = data.consumeInt(1, 4096);
    String type = data.consumeBoolean() ? MultipartBody.TYPE
        : "multipart/form-data; " + data.consumeString(80);
    byte[] body = data.consumeRemainingAsBytes();
    long before = spooledFiles();
    List<UploadedFile> created = new ArrayList<>();
    try {
      Multipart.parse(new Chunked(body, chunk), type, LIMITS, SPOOL_THRESHOLD, created);
    } catch (BadRequest | RequestEntityTooLarge expected) {
      // The answers a client gets for a malformed or too large form.
    } finally {
      created.forEach(UploadedFile::delete);
    }
    assertEquals(before, spooledFiles(), "a temporary file was left");
  }

  private static long spooledFiles() {
    try (Stream<Path> files = Files.list(SPOOL)) {
      return files.filter(f -> f.getFileName().toString().startsWith("carafe-upload-")).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A body handed out at most {@code chunk} bytes a read. */
  private static final class Chunked extends InputStream {
    private final ByteArrayInputStream in;
    private final int chunk;

    Chunked(byte[] body, int chunk) {
      this.in = new ByteArrayInputStream(body);
      this.chunk = chunk;
    }

    @Override
    public int read() {
      return in.read();
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      return in.read(buffer, offset, Math.min(length, chunk));
    }
  }
}
