package dev.carafe.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.carafe.App;
import dev.carafe.test.TestClient;
import dev.carafe.test.TestResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Numbers out of the range of the type they are bound to, from a JSON body, a query string or a
 * URL: a clear 400 (404 for a URL, as Werkzeug's converters with a {@code max}), never a 500 and
 * never a value wrapped around or made infinite; and strict JSON binding: an integer field takes
 * a JSON integer only, and a missing primitive field is a 400 naming it.
 */
class NumberBindingTest {
  private static TestClient client;

  @BeforeAll
  static void compile() {
    Compilation compilation = Compiler.compile(
        Compiler.source("shop.Shop", "package shop;", "@dev.carafe.Application public class Shop {}"),
        Compiler.source("shop.Order", "package shop;",
            "public record Order(int count, long total, short s, byte b, double price, float f,",
            "    Integer boxed, java.math.BigDecimal exact, java.util.List<Integer> sizes) {}"),
        Compiler.source("shop.Orders", "package shop;", "import dev.carafe.*;",
            "public class Orders {",
            "  @Post(\"/orders\") public String create(@JsonBody Order order) { return order.toString(); }",
            "  @Get(\"/page\") public String page(@Query int n, @Query double x) { return n + \" \" + x; }",
            "  @Get(\"/item/<int:id>\") public String item(int id) { return \"item \" + id; }",
            "  @Get(\"/big/<int:id>\") public String big(long id) { return \"big \" + id; }",
            "  @Get(\"/at/<float:x>\") public String at(double x) { return \"at \" + x; }",
            "}"));
    assertThat(compilation).succeeded();
    App app = Compiler.app(compilation, "shop.Shop");
    client = new TestClient(app);
  }

  private static TestResponse order(String json) {
    return client.request("POST", "/orders").header("Content-Type", "application/json")
        .header("Accept", "application/json").body(json).send();
  }

  /** A complete order, with {@code field} set to {@code value} as written. */
  private static String with(String field, String value) {
    java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
    fields.put("count", "1");
    fields.put("total", "2");
    fields.put("s", "3");
    fields.put("b", "4");
    fields.put("price", "5");
    fields.put("f", "6");
    fields.put(field, value);
    StringBuilder json = new StringBuilder("{");
    fields.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append('"').append(k)
        .append("\":").append(v));
    return json.append('}').toString();
  }

  @Test
  void numbersInRangeAreBound() {
    TestResponse response = order("{\"count\":100,\"total\":9223372036854775807,\"s\":-32768,"
        + "\"b\":127,\"price\":2.5,\"f\":1.5,\"boxed\":7,\"exact\":1e3,\"sizes\":[1,2]}");
    assertEquals(200, response.status(), response.text());
    assertEquals("Order[count=100, total=9223372036854775807, s=-32768, b=127, price=2.5, f=1.5,"
        + " boxed=7, exact=1E+3, sizes=[1, 2]]", response.text());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "count=1e999999", "count=2147483648", "total=9223372036854775808", "s=32768", "b=128",
      "price=1e999", "f=1e39", "boxed=-2147483649", "exact=1e999999999", "sizes=[1,99999999999]"})
  void aJsonNumberOutOfItsTypesRangeIs400(String field) {
    String[] sent = field.split("=", 2);
    TestResponse response = order(with(sent[0], sent[1]));
    assertEquals(400, response.status(), field + " " + response.text());
    assertTrue(response.text().contains("out of range")
        || response.text().contains("exponent beyond"), response.text());
  }

  @Test
  void theMessageNamesTheTypeAndThePlace() {
    TestResponse response = order(with("count", "2147483648"));
    assertTrue(response.text().contains("Number 2147483648 is out of range of an int at position: "),
        response.text());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "count|\"1\"|Field 'count' must be an int, got a string at position: ",
      "total|\"9\"|Field 'total' must be a long, got a string at position: ",
      "count|null|Field 'count' must be an int, got null at position: ",
      "s|true|Field 's' must be a short, got a boolean at position: ",
      "b|[1]|Field 'b' must be a byte, got an array at position: ",
      "count|1e3|Field 'count' must be an int (an integer, with no fraction or exponent), got 1e3",
      "count|1.5|Field 'count' must be an int (an integer, with no fraction or exponent), got 1.5",
      "total|2.0|Field 'total' must be a long (an integer, with no fraction or exponent), got 2.0",
      "price|\"2.5\"|Expected a double, got a string at position: "})
  void aJsonIntegerFieldTakesAJsonIntegerOnly(String testCase) {
    String[] parts = testCase.split("\\|", 3);
    TestResponse response = order(with(parts[0], parts[1]));
    assertEquals(400, response.status(), testCase);
    assertTrue(response.text().contains("Failed to decode JSON object: " + parts[2]),
        response.text());
  }

  @Test
  void aMissingPrimitiveFieldIs400AndAMissingReferenceIsNull() {
    TestResponse empty = order("{}");
    assertEquals(400, empty.status());
    assertTrue(empty.text().contains("Failed to decode JSON object: Missing fields 'count',"
        + " 'total', 's', 'b', 'price', 'f'"), empty.text());
    TestResponse one = order("{\"count\":1,\"total\":2,\"s\":3,\"b\":4,\"f\":6}");
    assertEquals(400, one.status());
    assertTrue(one.text().contains("Failed to decode JSON object: Missing field 'price'"),
        one.text());
    TestResponse references = order(with("count", "1"));
    assertEquals(200, references.status(), references.text());
    assertEquals("Order[count=1, total=2, s=3, b=4, price=5.0, f=6.0, boxed=null, exact=null,"
        + " sizes=null]", references.text());
  }

  @ParameterizedTest
  @ValueSource(strings = {"n=2147483648&x=1", "n=1&x=1e999", "n=1&x=-1e400",
      "n=123456789012345678901234567890&x=1"})
  void aQueryNumberOutOfRangeIs400(String query) {
    TestResponse response = client.get("/page?" + query);
    assertEquals(400, response.status(), query + " " + response.text());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/item/2147483648", "/item/123456789012345678901234567890",
      "/big/123456789012345678901234567890", "/item/-1"})
  void aUrlIntegerOutOfRangeIs404AsAConverterWithAMax(String path) {
    assertEquals(404, client.get(path).status(), path);
  }

  @Test
  void aUrlFloatTooLargeForADoubleIs404() {
    assertEquals("at 2.5", client.get("/at/2.5").text());
    assertEquals(404, client.get("/at/1" + "0".repeat(400) + ".0").status());
  }

  @Test
  void urlIntegersAtTheEdgesOfTheirTypeAreBound() {
    assertEquals("item 2147483647", client.get("/item/2147483647").text());
    assertEquals("big 9223372036854775807", client.get("/big/9223372036854775807").text());
  }
}
