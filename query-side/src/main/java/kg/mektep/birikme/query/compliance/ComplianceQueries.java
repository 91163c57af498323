package kg.mektep.birikme.query.compliance;

import java.util.Optional;
import kg.mektep.birikme.api.common.SchoolYear;
import kg.mektep.birikme.api.recordfile.AssociationCompliance;
import kg.mektep.birikme.api.recordfile.ComplianceReport;
import kg.mektep.birikme.api.recordfile.FindAssociationComplianceQuery;
import kg.mektep.birikme.api.recordfile.FindComplianceQuery;
import kg.mektep.birikme.query.recordfile.AssociationYear;
import kg.mektep.birikme.query.recordfile.AssociationYears;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

@Component
class ComplianceQueries {

    private final AssociationYears years;
    private final ComplianceAssessment assessment;

    ComplianceQueries(AssociationYears years, ComplianceAssessment assessment) {
        this.years = years;
        this.assessment = assessment;
    }

    /** Every association that worked in the year, by name. */
    @QueryHandler
    ComplianceReport handle(FindComplianceQuery query) {
        return new ComplianceReport(query.schoolId(), query.schoolYear(), new SchoolYear(query.schoolYear()).toString(),
                years.ofSchool(query.schoolId(), query.schoolYear()).stream().filter(AssociationYear::inYear)
                        .map(assessment::assess).toList());
    }

    @QueryHandler
    Optional<AssociationCompliance> handle(FindAssociationComplianceQuery query) {
        return years.of(query.schoolId(), query.associationId(), query.schoolYear()).map(assessment::assess);
    }
}
