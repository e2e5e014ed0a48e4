package dev.carafe.launcher;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The runtime's layers, as ARCHITECTURE.md draws them, checked over the classes of every runtime
 * module: the modules keep a layer from compiling against the ones above it, and these rules keep
 * the packages inside a module in order too (the user's API never reaching into what only
 * generated code calls, and no package cycles anywhere).
 */
class LayersTest {
  private static final String GATEWAY = "dev.carafe.gateway..";
  private static final String JSON = "dev.carafe.json..";
  private static final String SERVER = "dev.carafe.server..";
  /** The contract every adapter implements: Server and its builder. */
  private static final String SERVER_CONTRACT = "dev.carafe.server";
  private static final String UNDERTOW_ADAPTER = "dev.carafe.server.undertow..";
  private static final String JETTY_ADAPTER = "dev.carafe.server.jetty..";
  private static final String TEST_CLIENT = "dev.carafe.test..";
  private static final String LAUNCHER = "dev.carafe.launcher..";
  private static final String INTERNAL = "dev.carafe.internal..";
  /** What compiled templates call: the template globals and the rendering of a page. */
  private static final String TEMPLATES = "dev.carafe.templates..";
  private static final String SECURITY = "dev.carafe.security..";
  /** Request metrics and JFR events: middleware over the core, the one place Micrometer is. */
  private static final String METRICS = "dev.carafe.metrics..";
  /** The application core that users import: annotations, Request, Response, errors, ... */
  private static final String[] CORE = {
      "dev.carafe", "dev.carafe.http..", "dev.carafe.routing..", "dev.carafe.middleware..",
      "dev.carafe.files..",
      "dev.carafe.build..", "dev.carafe.config.."};

  private static JavaClasses runtime;

  @BeforeAll
  static void importRuntime() {
    runtime = new ClassFileImporter()
        .withImportOption(LayersTest::isMainClass)
        .importPackages("dev.carafe");
  }

  /** Main classes only: tests and the core's test jar may cross layers to set things up. */
  private static boolean isMainClass(Location location) {
    return !location.contains("/test-classes/") && !location.contains("-tests.jar");
  }

  @Test
  void noPackageIsInACycle() {
    // One slice a package, the root package dev.carafe included.
    slices().matching("dev.(**)").should().beFreeOfCycles().check(runtime);
  }

  @Test
  void eachLayerUsesOnlyTheLayersBelowIt() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("Gateway").definedBy(GATEWAY)
        .layer("Json").definedBy(JSON)
        .layer("Core").definedBy(CORE)
        .layer("Internal").definedBy(INTERNAL)
        .layer("Templates").definedBy(TEMPLATES)
        .layer("Server").definedBy(SERVER)
        .layer("Test client").definedBy(TEST_CLIENT)
        .layer("Launcher").definedBy(LAUNCHER)
        .layer("Security").definedBy(SECURITY)
        .layer("Metrics").definedBy(METRICS)
        .whereLayer("Launcher").mayNotBeAccessedByAnyLayer()
        .whereLayer("Security").mayNotBeAccessedByAnyLayer()
        .whereLayer("Metrics").mayNotBeAccessedByAnyLayer()
        .whereLayer("Test client").mayNotBeAccessedByAnyLayer()
        .whereLayer("Templates").mayNotBeAccessedByAnyLayer()
        .whereLayer("Server").mayOnlyBeAccessedByLayers("Launcher")
        .whereLayer("Internal").mayNotBeAccessedByAnyLayer()
        .whereLayer("Core").mayOnlyBeAccessedByLayers("Internal", "Templates", "Launcher", "Metrics")
        .whereLayer("Json").mayOnlyBeAccessedByLayers("Core", "Internal", "Test client")
        .check(runtime);
  }

  @Test
  void theGatewayDependsOnNothingButTheJdk() {
    classes().that().resideInAPackage(GATEWAY)
        .should().onlyDependOnClassesThat().resideInAnyPackage(GATEWAY, "java..")
        .check(runtime);
  }

  @Test
  void passwordsStandAloneOnTheJdkAndBouncyCastle() {
    classes().that().resideInAPackage(SECURITY)
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage(SECURITY, "java..", "javax.crypto..", "org.bouncycastle..")
        .check(runtime);
  }

  @Test
  void metricsKnowTheCoreMicrometerAndJfrOnly() {
    classes().that().resideInAPackage(METRICS)
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage(METRICS, GATEWAY, "dev.carafe", "java..", "jdk.jfr..",
            "io.micrometer..", "io.prometheus..")
        .check(runtime);
  }

  @Test
  void micrometerStaysInTheMetricsModule() {
    noClasses().that().resideOutsideOfPackage(METRICS)
        .should().dependOnClassesThat().resideInAnyPackage("io.micrometer..", "io.prometheus..")
        .check(runtime);
  }

  @Test
  void theServerContractKnowsTheGatewayOnly() {
    classes().that().resideInAPackage(SERVER_CONTRACT)
        .should().onlyDependOnClassesThat().resideInAnyPackage(SERVER_CONTRACT, GATEWAY, "java..")
        .check(runtime);
  }

  @Test
  void theUndertowAdapterKnowsTheContractTheGatewayAndUndertowOnly() {
    classes().that().resideInAPackage(UNDERTOW_ADAPTER)
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage(UNDERTOW_ADAPTER, SERVER_CONTRACT, GATEWAY, "java..", "io.undertow..",
            "org.xnio..", "org.jboss..")
        .check(runtime);
  }

  @Test
  void theJettyAdapterKnowsTheContractTheGatewayAndJettyOnly() {
    classes().that().resideInAPackage(JETTY_ADAPTER)
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage(JETTY_ADAPTER, SERVER_CONTRACT, GATEWAY, "java..",
            "org.eclipse.jetty..")
        .check(runtime);
  }

  @Test
  void templatesKnowTheCoreAndJtesRuntimeOnly() {
    classes().that().resideInAPackage(TEMPLATES)
        .should().onlyDependOnClassesThat()
        .resideInAnyPackage(TEMPLATES, GATEWAY, "dev.carafe", "dev.carafe.config..", "java..",
            "gg.jte..")
        .check(runtime);
  }

  @Test
  void theApplicationNeverSeesAServerType() {
    noClasses().that().resideInAnyPackage(CORE).or().resideInAnyPackage(INTERNAL, JSON, TEST_CLIENT, TEMPLATES)
        .should().dependOnClassesThat()
        .resideInAnyPackage(SERVER, "io.undertow..", "org.xnio..", "org.eclipse.jetty..")
        .check(runtime);
  }
}
