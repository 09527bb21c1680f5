package com.servicepolicy.evaluator;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The whole application (core and app modules): the core knows none of the doors; the doors (command
 * line, HTTP, batch) and the store adapter do not import each other, and reach the store only through
 * the night's ports; no package cycles.
 */
@AnalyzeClasses(packages = "com.servicepolicy.evaluator",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NotCoreTests.class})
class ArchitectureTest {
    private static final String[] CORE = {"..evaluator.event..", "..evaluator.policy..", "..evaluator.engine..",
            "..evaluator.ingest..", "..evaluator.evaluation..", "..evaluator.authoring..", "..evaluator.explain..",
            "..evaluator.generate.."};

    @ArchTest
    static final ArchRule coreIsFreeOfFrameworks = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..",
                    "java.sql..", "javax.sql..", "picocli..");

    @ArchTest
    static final ArchRule coreDoesNotReachOutward = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("..evaluator.cli..", "..evaluator.api..",
                    "..evaluator.service..", "..evaluator.batch..", "..evaluator.store..", "..evaluator.report..",
                    "..evaluator.night..", "..evaluator.security..");

    @ArchTest
    static final ArchRule commandLineIsAnAdapterOfItsOwn = noClasses().that().resideInAPackage("..evaluator.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("..evaluator.api..", "..evaluator.batch..",
                    "..evaluator.store..", "..evaluator.night..", "..evaluator.report..", "..evaluator.service..");

    @ArchTest
    static final ArchRule httpIsAnAdapterOfItsOwn = noClasses().that().resideInAPackage("..evaluator.api..")
            .should().dependOnClassesThat().resideInAnyPackage("..evaluator.cli..", "..evaluator.batch..",
                    "..evaluator.store..");

    @ArchTest
    static final ArchRule batchAndReportReachTheStoreThroughPorts = noClasses()
            .that().resideInAnyPackage("..evaluator.batch..", "..evaluator.report..", "..evaluator.api..",
                    "..evaluator.findings..", "..evaluator.web..")
            .should().dependOnClassesThat().resideInAnyPackage("..evaluator.store..", "..evaluator.cli..");

    /** The pages are a door of their own: they call the use cases (findings, report), never the batch. */
    @ArchTest
    static final ArchRule pagesAndFindingsKnowNoOtherDoor = noClasses()
            .that().resideInAnyPackage("..evaluator.findings..", "..evaluator.web..")
            .should().dependOnClassesThat().resideInAnyPackage("..evaluator.batch..", "..evaluator.cli..");

    @ArchTest
    static final ArchRule storeAdaptsPortsAndKnowsNoDoor = noClasses().that().resideInAPackage("..evaluator.store..")
            .should().dependOnClassesThat().resideInAnyPackage("..evaluator.cli..", "..evaluator.api..",
                    "..evaluator.batch..", "..evaluator.report..", "..evaluator.service..");

    @ArchTest
    static final ArchRule portsKnowNoAdapter = noClasses().that().resideInAPackage("..evaluator.night..")
            .should().dependOnClassesThat().resideInAnyPackage("..evaluator.store..", "..evaluator.batch..",
                    "..evaluator.report..", "..evaluator.api..", "..evaluator.cli..", "org.springframework..",
                    "java.sql..");

    /** The core module's tests arrive as its test jar, which {@link ImportOption.DoNotIncludeTests} does not know. */
    static final class NotCoreTests implements ImportOption {
        @Override
        public boolean includes(com.tngtech.archunit.core.importer.Location location) {
            return !location.contains("-tests.jar");
        }
    }

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("com.servicepolicy.evaluator.(*)..").should().beFreeOfCycles();
}
