package kg.mektep.birikme.standalone;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Dependencies point one way: command-side → shared-events ← query-side. */
@AnalyzeClasses(packages = "kg.mektep.birikme", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    @ArchTest
    static final ArchRule commandSideDoesNotDependOnQuerySide = noClasses()
            .that().resideInAPackage("kg.mektep.birikme.command..")
            .should().dependOnClassesThat().resideInAPackage("kg.mektep.birikme.query..");

    @ArchTest
    static final ArchRule querySideDoesNotDependOnCommandSide = noClasses()
            .that().resideInAPackage("kg.mektep.birikme.query..")
            .should().dependOnClassesThat().resideInAPackage("kg.mektep.birikme.command..");

    @ArchTest
    static final ArchRule sharedEventsDependOnNeitherSideNorSpring = noClasses()
            .that().resideInAPackage("kg.mektep.birikme.api..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "kg.mektep.birikme.command..", "kg.mektep.birikme.query..", "kg.mektep.birikme.standalone..",
                    "org.springframework..")
            .orShould().dependOnClassesThat(resideInAPackage("jakarta..").and(resideOutsideOfPackage("jakarta.servlet..")));

    /** The servlet API only in the Tomcat valve of api.web, whose pipeline declares its exception; never in events. */
    @ArchTest
    static final ArchRule onlyTheTomcatValveMeetsTheServletApi = noClasses()
            .that().resideInAPackage("kg.mektep.birikme.api..").and().resideOutsideOfPackage("kg.mektep.birikme.api.web..")
            .should().dependOnClassesThat().resideInAPackage("jakarta..");

    @ArchTest
    static final ArchRule aggregatesDoNoInputOrOutput = noClasses()
            .that().resideInAPackage("kg.mektep.birikme.command..")
            .and().areAnnotatedWith(org.axonframework.spring.stereotype.Aggregate.class)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.jdbc..", "org.springframework.web..", "java.sql..", "java.net..");

    /**
     * A read with {@code ?after=} waits in the application's JdbcClient (see the query side's
     * ReadPositions): a read of read models through another way to the database would not wait.
     * The exceptions: the administrator's machinery and the Axon wiring, which write or manage tables;
     * the wait itself; the event log's export, which waits for every projection before it streams;
     * and the history, which reads the event store's own table that way.
     */
    @ArchTest
    static final ArchRule querySideReadsGoThroughTheWaitingJdbcClient = noClasses()
            .that().resideInAPackage("kg.mektep.birikme.query..")
            .and().resideOutsideOfPackages("kg.mektep.birikme.query.admin..", "kg.mektep.birikme.query.axon..",
                    "kg.mektep.birikme.query.consistency..")
            .and().haveNameNotMatching("kg\\.mektep\\.birikme\\.query\\.(log\\.EventLogExport|history\\.EventHistory)(\\$.*)?")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.JdbcTemplate")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("javax.sql.DataSource")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.Connection");
}
