package kg.mektep.birikme.command.meeting;

import static kg.mektep.birikme.command.rules.Rules.require;

import java.util.Optional;
import kg.mektep.birikme.api.common.DocumentRef;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.common.RuleViolationException;
import kg.mektep.birikme.api.common.SchoolYear;
import kg.mektep.birikme.command.association.AssociationRegistry;
import kg.mektep.birikme.command.rules.Rules;

/**
 * What the association approves, it approves by a resolution of one of its meetings (clauses 3.4,
 * 3.5, 5.6): the protocol cited, by number and date, is recorded for this association and was quorate.
 */
public final class MeetingResolutions {

    private MeetingResolutions() {
    }

    /** Answers the protocol as recorded. */
    public static AssociationRegistry.RecordedProtocol requireResolutionOfQuorateMeeting(
            DocumentRef protocol, AssociationRegistry registry, String associationId) {
        require(protocol != null && protocol.number() != null && !protocol.number().isBlank() && protocol.date() != null,
                Refusal.PROTOCOL_REFERENCE_REQUIRED);
        // Its number is read as a protocol's, leading zeros and all, but kept as given in the event.
        Rules.requireNumberWithinBounds(protocol.number(), "protocol.number");
        int year = SchoolYear.containing(protocol.date()).startYear();
        AssociationRegistry.RecordedProtocol recorded = number(protocol.number())
                .flatMap(number -> registry.protocol(associationId, year, number))
                .filter(found -> found.date().equals(protocol.date()))
                .orElseThrow(() -> new RuleViolationException(Refusal.PROTOCOL_NOT_RECORDED, protocol.number(),
                        protocol.date()));
        require(recorded.quorate(), Refusal.PROTOCOL_NOT_QUORATE, recorded.number());
        return recorded;
    }

    private static Optional<Integer> number(String text) {
        try {
            return Optional.of(Integer.parseInt(text.strip().replaceFirst("^№\\s*", "")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
