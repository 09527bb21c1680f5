package com.servicepolicy.evaluator;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The core module: the domain, the engine and the readers know nothing of Spring, the web or the
 * database; the domain facts rules see know nothing of the engine that runs them; no package cycles.
 */
@AnalyzeClasses(packages = "com.servicepolicy.evaluator", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule coreIsFreeOfFrameworks = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..",
                    "java.sql..", "javax.sql..", "picocli..");

    @ArchTest
    static final ArchRule domainFactsDoNotDependOnDrools = noClasses().that()
            .resideInAnyPackage("..evaluator.event..", "..evaluator.policy..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..", "org.mvel2..");

    @ArchTest
    static final ArchRule domainFactsDoNotKnowTheEngineOrTheReaders = noClasses().that()
            .resideInAnyPackage("..evaluator.event..", "..evaluator.policy..")
            .should().dependOnClassesThat().resideInAnyPackage("..evaluator.engine..", "..evaluator.ingest..",
                    "..evaluator.evaluation..", "..evaluator.explain..", "..evaluator.authoring..");

    @ArchTest
    static final ArchRule eventsKnowNothingElse = noClasses().that().resideInAnyPackage("..evaluator.event..")
            .should().dependOnClassesThat().resideInAnyPackage("..evaluator.policy..");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("com.servicepolicy.evaluator.(*)..").should().beFreeOfCycles();
}
