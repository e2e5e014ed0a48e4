package dev.carafe.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every class of name that has let a file server read outside its folder (Werkzeug's safe_join
 * CVEs among them) is refused; ordinary names, and odd ones that stay inside, are not.
 */
class SafeJoinTest {
  @TempDir
  Path temp;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "", "..", "../secret.txt", "a/../../secret.txt", "./../secret.txt", "a/b/../../../secret.txt",
      "/etc/passwd", "//etc/passwd",
      "..\\secret.txt", "a\\..\\..\\secret.txt", "\\secret.txt",
      "secret.txt\0.png", "\0",
      "C:/Windows/win.ini", "c:secret.txt",
      "CON", "con.txt", "a/NUL.txt", "aux", "COM1", "lpt9.log", "CONIN$", "COM¹", "nul .txt", "a/prn/b.txt",
      ".", "a/..", "./"})
  void aNameThatCouldLeaveTheFolderIsRefused(String name) throws IOException {
    Path folder = Files.createDirectories(temp.resolve("static"));
    Files.writeString(temp.resolve("secret.txt"), "secret");
    assertEquals(Optional.empty(), SafeJoin.resolve(folder, name));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"app.css", "js/app.js", "js/../app.css", "./app.css", "js//app.js",
      "%2e%2e/x", "..x", "x..", "...", "a/.../b", "console.log", "nullable.txt", "COM10", "con-tent.txt"})
  void aNameInsideTheFolderIsJoined(String name) throws IOException {
    Path folder = Files.createDirectories(temp.resolve("static"));
    Optional<Path> joined = SafeJoin.resolve(folder, name);
    assertTrue(joined.isPresent(), name);
    assertTrue(joined.get().startsWith(folder.toAbsolutePath().normalize()), joined.get().toString());
  }

  @Test
  void aSymbolicLinkOutOfTheFolderIsRefused() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("static"));
    Path secret = Files.writeString(temp.resolve("secret.txt"), "secret");
    Files.createSymbolicLink(folder.resolve("link.txt"), secret);
    Files.createSymbolicLink(folder.resolve("up"), temp);
    Path inside = Files.writeString(folder.resolve("real.txt"), "fine");
    Files.createSymbolicLink(folder.resolve("alias.txt"), inside);
    assertEquals(Optional.empty(), SafeJoin.resolve(folder, "link.txt"));
    assertEquals(Optional.empty(), SafeJoin.resolve(folder, "up/secret.txt"));
    assertEquals(Optional.of(folder.resolve("alias.txt").toAbsolutePath().normalize()),
        SafeJoin.resolve(folder, "alias.txt"), "a link that stays inside is fine");
  }
}
