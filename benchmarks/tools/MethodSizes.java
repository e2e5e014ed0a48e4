import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads class files and prints, per class, its largest method (bytecode length of its
 * {@code Code} attribute), its method count and its constant-pool count, against the limits that
 * matter: HotSpot does not JIT-compile a method of more than 8,000 bytes of bytecode, and the class
 * file allows 65,535 bytes of code per method and 65,535 constant-pool entries. A small reader of
 * the class-file format (JVMS 4), so it runs on any JDK:
 *
 * <pre>java benchmarks/tools/MethodSizes.java DIR [PREFIX]</pre>
 *
 * Prints one line per class file under DIR whose name starts with PREFIX, the largest first (the
 * first 12, then how many more), then the totals and a line "largest: BYTES Class.method".
 */
public final class MethodSizes {
  private MethodSizes() {}

  record Size(String type, String method, int code, int methods, int constants) {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    String prefix = args.length > 1 ? args[1] : "";
    List<Size> sizes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class")
          && f.getFileName().toString().startsWith(prefix)).sorted()::iterator) {
        try (InputStream in = Files.newInputStream(file)) {
          sizes.add(read(file.getFileName().toString().replace(".class", ""), new DataInputStream(in)));
        }
      }
    }
    sizes.sort((a, b) -> b.code() - a.code());
    System.out.printf("%-40s %28s %8s %10s%n", "class", "largest method (bytes)", "methods", "constants");
    for (Size size : sizes.subList(0, Math.min(12, sizes.size()))) {
      System.out.printf("%-40s %18s %9d %8d %10d%n", size.type(), size.method(), size.code(), size.methods(),
          size.constants());
    }
    if (sizes.size() > 12) {
      System.out.printf("... and %d more classes, none with a larger method%n", sizes.size() - 12);
    }
    System.out.printf("classes %d, methods %d, most constants in one class %d%n", sizes.size(),
        sizes.stream().mapToInt(Size::methods).sum(), sizes.stream().mapToInt(Size::constants).max().orElse(0));
    if (!sizes.isEmpty()) {
      System.out.println("largest: " + sizes.get(0).code() + " " + sizes.get(0).type() + "." + sizes.get(0).method());
    }
  }

  private static Size read(String type, DataInputStream in) throws IOException {
    if (in.readInt() != 0xCAFEBABE) {
      throw new IOException(type + " is not a class file");
    }
    in.readUnsignedShort();
    in.readUnsignedShort();
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF();
        case 3, 4 -> in.skipNBytes(4);
        case 5, 6 -> {
          in.skipNBytes(8);
          i++;
        }
        case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
        case 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
        case 15 -> in.skipNBytes(3);
        default -> throw new IOException(type + ": constant tag " + tag);
      }
    }
    in.skipNBytes(6);
    in.skipNBytes(2L * in.readUnsignedShort());
    int fields = in.readUnsignedShort();
    for (int f = 0; f < fields; f++) {
      in.skipNBytes(6);
      skipAttributes(in);
    }
    int methods = in.readUnsignedShort();
    int largest = 0;
    String largestName = "-";
    for (int m = 0; m < methods; m++) {
      in.skipNBytes(2);
      String name = utf8[in.readUnsignedShort()];
      in.skipNBytes(2);
      int attributes = in.readUnsignedShort();
      for (int a = 0; a < attributes; a++) {
        String attribute = utf8[in.readUnsignedShort()];
        int length = in.readInt();
        if (attribute.equals("Code")) {
          in.skipNBytes(4);
          int code = in.readInt();
          if (code > largest) {
            largest = code;
            largestName = name;
          }
          in.skipNBytes(length - 8);
        } else {
          in.skipNBytes(length);
        }
      }
    }
    return new Size(type, largestName, largest, methods, count);
  }

  private static void skipAttributes(DataInputStream in) throws IOException {
    int attributes = in.readUnsignedShort();
    for (int a = 0; a < attributes; a++) {
      in.skipNBytes(2);
      in.skipNBytes(in.readInt());
    }
  }
}
