package kg.mektep.birikme.api.nomination;

public enum NominationOutcome {
    GRANTED,
    DECLINED
}
