package dev.carafe.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * The census sees what a leak leaves: without this, a fault test that counts nothing would pass.
 */
class CensusTest {
  @Test
  void aThreadADescriptorAndATemporaryFileLeftOpenAreCounted() throws Exception {
    // The JVM opens what it keeps open for good (the random devices) on the first temporary file.
    Files.delete(Files.createTempFile(Census.temporaryFolder(), "warm-up-", ".tmp"));
    Census before = Census.steady(ServerKind.UNDERTOW);
    CountDownLatch release = new CountDownLatch(1);
    Thread stuck = new Thread(() -> {
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "stuck");
    stuck.start();
    Path spooled = Files.createTempFile(Census.temporaryFolder(), "carafe-upload-", ".part");
    try (FileChannel open = FileChannel.open(spooled)) {
      assertTrue(open.isOpen());
      Census during = Census.take(ServerKind.UNDERTOW);
      assertEquals(before.count(Census.OTHER) + 1, during.count(Census.OTHER));
      assertTrue(during.count(Census.DESCRIPTORS) > before.count(Census.DESCRIPTORS));
      assertEquals(before.count(Census.TEMPORARY_FILES) + 1, during.count(Census.TEMPORARY_FILES));
      assertFalse(during.noneAbove(before));
      String compared = during.comparedTo(before);
      assertTrue(compared.contains("threads added {stuck=1}"), compared);
      assertTrue(compared.contains(spooled.toString()), compared);
    } finally {
      release.countDown();
      stuck.join();
      Files.delete(spooled);
    }
    Census after = Census.settledTo(before, ServerKind.UNDERTOW, 10);
    assertTrue(after.noneAbove(before), after.comparedTo(before));
  }
}
