package kg.mektep.birikme.api.recordfile;

import java.util.List;

/** The compliance of every association that worked in a school year, by name. */
public record ComplianceReport(String schoolId, int schoolYear, String schoolYearName,
                               List<AssociationCompliance> associations) {
}
