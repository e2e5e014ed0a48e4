package slugs;

import dev.carafe.Converter;
import dev.carafe.UrlConverter;

@UrlConverter(name = "slug", pattern = "[a-z0-9-]+", weight = 90)
public class Slug implements Converter<String> {
  @Override
  public String toValue(String text) {
    return text;
  }

  @Override
  public String toUrl(String value) {
    return value;
  }
}
