package dev.carafe.test;

import dev.carafe.gateway.Body;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Arrays;

/** Reads a whole {@link Body} into memory, as a client would receive it. */
final class BodyReader {
  private BodyReader() {}

  static byte[] readAll(Body body) {
    try {
      if (body instanceof Body.Bytes) {
        Body.Bytes bytes = (Body.Bytes) body;
        return Arrays.copyOfRange(bytes.data(), bytes.offset(), bytes.offset() + bytes.length());
      }
      if (body instanceof Body.Stream) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ((Body.Stream) body).writer().writeTo(out);
        return out.toByteArray();
      }
      if (body instanceof Body.FileRegion) {
        return readRegion((Body.FileRegion) body);
      }
      return new byte[0];
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the response body " + body, e);
    }
  }

  private static byte[] readRegion(Body.FileRegion region) throws IOException {
    if (region.length() > Integer.MAX_VALUE - 8) {
      throw new AssertionError("The file region " + region + " is too large for the test client");
    }
    ByteBuffer buffer = ByteBuffer.allocate((int) region.length());
    try (FileChannel file = FileChannel.open(region.path())) {
      while (buffer.hasRemaining()) {
        if (file.read(buffer, region.offset() + buffer.position()) < 0) {
          throw new AssertionError("The file region " + region + " runs past the end of the file ("
              + file.size() + " bytes)");
        }
      }
    }
    return buffer.array();
  }
}
