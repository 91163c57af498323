package kg.mektep.birikme.query.log;

import java.net.URI;
import kg.mektep.birikme.query.web.RoleNames;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The log's own refusals as problem+json, in the codes and words the rest of the API uses, wherever
 * the log's scope is applied (the log's reads and exports, the receipts of its exports).
 */
@RestControllerAdvice(basePackages = "kg.mektep.birikme.query")
@Order(Ordered.HIGHEST_PRECEDENCE)
class LogProblems {

    private final MessageSource messages;

    LogProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidLogFilterException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidLogFilterException e) {
        return problem(HttpStatus.BAD_REQUEST, "INVALID_PARAMETER", e.parameter(), e.value());
    }

    @ExceptionHandler(LogNotAllowedException.class)
    ResponseEntity<ProblemDetail> notAllowed(LogNotAllowedException e) {
        return problem(HttpStatus.FORBIDDEN, "ROLE_NOT_ALLOWED",
                RoleNames.of(e.roles(), messages, LocaleContextHolder.getLocale()),
                RoleNames.of(LogNotAllowedException.allowed(), messages, LocaleContextHolder.getLocale()));
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, Object... arguments) {
        ProblemDetail detail = ProblemDetail.forStatus(status);
        detail.setType(URI.create("urn:birikme:problem:" + code));
        detail.setTitle(messages.getMessage("problem." + code + ".title", arguments, code, LocaleContextHolder.getLocale()));
        detail.setDetail(messages.getMessage("problem." + code + ".detail", arguments, code, LocaleContextHolder.getLocale()));
        detail.setProperty("code", code);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
    }
}
