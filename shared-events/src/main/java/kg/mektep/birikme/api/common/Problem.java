package kg.mektep.birikme.api.common;

import java.util.List;

/**
 * The shape of every error the service answers, as {@code application/problem+json} (RFC 9457),
 * for the OpenAPI document: {@code code} is stable, so clients may rely on it; {@code clause} names
 * the clause of the regulation where a rule refused; {@code errors} lists, for
 * {@code INVALID_FIELDS}, each field and what is wrong with it. Title and detail are in the language
 * of {@code Accept-Language}.
 */
public record Problem(String type, String title, int status, String detail, String instance, String code,
                      String clause, List<InvalidField> errors) {

    /** One field of a request that was not valid, and why. */
    public record InvalidField(String field, String message) {
    }
}
