package dev.carafe.processor;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The processor's stages depend on each other one way only, and JavaPoet stays in the write
 * stage: read uses check and the model, check and plan only the model, write the plan and the
 * model, and only the processor itself (the root package) runs them all and hands the written
 * files to javac. Checked with ArchUnit
 * on the class files, as the runtime's layers are.
 */
class StagesTest {
  private static JavaClasses processor;

  @BeforeAll
  static void importProcessor() {
    processor = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.carafe.processor");
  }

  @Test
  void stagesDependOnEachOtherOneWay() {
    layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("Processor").definedBy("dev.carafe.processor")
        .layer("Read").definedBy("dev.carafe.processor.read..")
        .layer("Check").definedBy("dev.carafe.processor.check..")
        .layer("Plan").definedBy("dev.carafe.processor.plan..")
        .layer("Write").definedBy("dev.carafe.processor.write..")
        .layer("Model").definedBy("dev.carafe.processor.model..")
        .whereLayer("Processor").mayNotBeAccessedByAnyLayer()
        .whereLayer("Read").mayOnlyBeAccessedByLayers("Processor")
        .whereLayer("Check").mayOnlyBeAccessedByLayers("Processor", "Read")
        .whereLayer("Plan").mayOnlyBeAccessedByLayers("Processor", "Write")
        .whereLayer("Write").mayOnlyBeAccessedByLayers("Processor")
        .check(processor);
  }

  @Test
  void noPackageIsInACycle() {
    slices().matching("dev.(**)").should().beFreeOfCycles().check(processor);
  }

  /** The write stage makes the files and the processor hands them to javac; nothing else sees them. */
  @Test
  void onlyTheWriteStageUsesJavaPoet() {
    noClasses().that().resideInAnyPackage("dev.carafe.processor.read..",
            "dev.carafe.processor.check..", "dev.carafe.processor.plan..",
            "dev.carafe.processor.model..")
        .should().dependOnClassesThat().resideInAPackage("com.palantir.javapoet..")
        .check(processor);
  }
}
