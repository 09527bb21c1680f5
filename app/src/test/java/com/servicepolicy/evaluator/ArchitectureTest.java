package com.servicepolicy.evaluator;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The domain, the engine and the readers know nothing of Spring, the web or the database. */
@AnalyzeClasses(packages = "com.servicepolicy.evaluator", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final String[] CORE = {"..evaluator.event..", "..evaluator.policy..", "..evaluator.engine..",
            "..evaluator.ingest..", "..evaluator.authoring..", "..evaluator.explain.."};

    @ArchTest
    static final ArchRule coreIsFreeOfFrameworks = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..",
                    "java.sql..", "javax.sql..", "picocli..");

    @ArchTest
    static final ArchRule coreDoesNotReachOutward = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("..evaluator.cli..", "..evaluator.api..",
                    "..evaluator.service..", "..evaluator.batch..", "..evaluator.store..", "..evaluator.report..");

    @ArchTest
    static final ArchRule domainDoesNotKnowTheEngine = noClasses().that().resideInAnyPackage("..evaluator.event..")
            .should().dependOnClassesThat().resideInAnyPackage("..evaluator.engine..", "..evaluator.policy..",
                    "..evaluator.ingest..", "org.kie..", "org.drools..");
}
