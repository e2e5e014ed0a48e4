package dev.carafe.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.carafe.processor.Compiler.compile;
import static dev.carafe.processor.Compiler.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.carafe.App;
import dev.carafe.config.Config;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The application's own configuration defaults, Flask's {@code app.config.from_mapping(...)} in
 * {@code create_app}: a public method of the application class that returns a {@link Config}
 * gives the configuration the generated application starts from, which the launcher's file and
 * {@code CARAFE_} environment then override.
 */
class ConfigDefaultsTest {
  private static App flaskr() {
    Compilation compilation = compile(source("flaskr.Flaskr", "package flaskr;",
        "import dev.carafe.*;", "import dev.carafe.config.Config;",
        "@Application public class Flaskr {",
        "  public Config config() {",
        "    return Config.builder().set(Config.SECRET_KEY, \"dev\")",
        "        .set(\"DATABASE\", \"instance/flaskr.sqlite\").build();",
        "  }",
        "  @Get(\"/database\") public String database() {",
        "    return RequestContext.current().app().config().string(\"DATABASE\");",
        "  }",
        "}"));
    assertThat(compilation).succeededWithoutWarnings();
    return Compiler.app(compilation, "flaskr.Flaskr");
  }

  @Test
  void theGeneratedApplicationStartsFromTheApplicationsDefaults() {
    App app = flaskr();
    assertEquals("dev", app.config().get(Config.SECRET_KEY));
    assertEquals("instance/flaskr.sqlite", app.config().string("DATABASE"));
    assertEquals(Config.defaults().get(Config.MAX_FORM_PARTS), app.config().get(Config.MAX_FORM_PARTS));
  }

  @Test
  void theEnvironmentOverridesThemAsTheLauncherAppliesIt() {
    App app = flaskr();
    App configured = app.withConfig(app.config().toBuilder()
        .fromPrefixedEnv(Map.of("CARAFE_DATABASE", "/tmp/other.sqlite")).build());
    assertEquals("/tmp/other.sqlite",
        new dev.carafe.test.TestClient(configured).get("/database").text());
    assertEquals("dev", configured.config().get(Config.SECRET_KEY));
  }
}
