package kg.mektep.birikme.command.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.common.RefusalDetails;
import kg.mektep.birikme.api.common.Role;
import kg.mektep.birikme.api.common.RuleViolationException;
import kg.mektep.birikme.api.common.StorableText;
import kg.mektep.birikme.command.recordfile.DocumentLimits;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.AxonException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageConversionException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error as application/problem+json (RFC 9457) with a stable {@code code}, the regulation
 * {@code clause} where a rule refused, and title and detail in the request's language (Kyrgyz
 * unless Russian or English is asked for).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 1)
public class CommandProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(CommandProblems.class);

    /** The refusals that quote roles, which they name in the reader's language (a user name "ADMIN" stays as given). */
    private static final java.util.Set<String> QUOTING_ROLES = java.util.Set.of(Refusal.ROLE_NOT_ALLOWED.name(),
            Refusal.PROPOSAL_NOT_BY_DEPUTY.name());

    private final MessageSource messages;
    private final DocumentLimits documentLimits;

    CommandProblems(MessageSource messages, DocumentLimits documentLimits) {
        this.messages = messages;
        this.documentLimits = documentLimits;
        setMessageSource(messages);
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<Object> refused(RuleViolationException e) {
        ResponseEntity<Object> problem = refusal(e.refusal(), e.arguments());
        if (e.refusal().status() == 401) {
            return ResponseEntity.status(problem.getStatusCode()).header("WWW-Authenticate", "Bearer realm=\"birikme\"")
                    .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(problem.getBody());
        }
        return problem;
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<Object> refusedRemotely(CommandExecutionException e) {
        Object details = e.getDetails().orElse(null);
        if (details instanceof RefusalDetails refusal) {
            return refusal(Refusal.valueOf(refusal.code()), refusal.arguments());
        }
        if (e.getCause() instanceof RuleViolationException violation) {
            return refused(violation);
        }
        return serverFault(e);
    }

    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<Object> concurrentChange(ConcurrencyException e) {
        return problem(HttpStatus.CONFLICT, "CONCURRENT_CHANGE", "", List.of());
    }

    @ExceptionHandler({DataAccessException.class, AxonException.class})
    ResponseEntity<Object> serverFault(Exception e) {
        if (duplicateKey(e)) {
            // Two commands passed the same check at once (a plan of the year, say) and the database kept
            // only the first: the second is answered as a concurrent change, which a retry resolves.
            log.info("Concurrent change refused: {}", e.toString());
            return concurrentChange(null);
        }
        if (e instanceof DataAccessException && !(e instanceof TransientDataAccessException)
                && !(e.getCause() instanceof java.sql.SQLTransientException)) {
            log.error("Storage failure", e);
        } else {
            log.warn("Service unavailable: {}", e.toString());
        }
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "SERVICE_UNAVAILABLE", "", List.of());
    }

    private static boolean duplicateKey(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DuplicateKeyException) {
                return true;
            }
        }
        return false;
    }

    /** A parameter holding a character that cannot be stored (a body's string is answered alike, below). */
    @ExceptionHandler(StorableText.RefusedTextException.class)
    ResponseEntity<Object> unstorableText(StorableText.RefusedTextException e) {
        return problem(HttpStatus.BAD_REQUEST, "UNSTORABLE_TEXT", "", List.of(e.field()));
    }

    @ExceptionHandler(InvalidFieldException.class)
    ResponseEntity<Object> invalidField(InvalidFieldException e) {
        return invalidField(e.field(), messages.getMessage(e.messageCode(), null, LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler(StorableText.BodyTooLargeException.class)
    ResponseEntity<Object> bodyTooLarge(StorableText.BodyTooLargeException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "BODY_TOO_LARGE", "", List.of(String.valueOf(StorableText.MAXIMUM_BODY_BYTES)));
    }

    @ExceptionHandler(StorableText.RefusedCharsetException.class)
    ResponseEntity<Object> notUtf8(StorableText.RefusedCharsetException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE", "", List.of());
    }

    /** A multipart body that cannot be parsed (no boundary, cut short, a file name with a NUL). */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> unreadableMultipart(MultipartException e) {
        log.debug("Unreadable multipart request: {}", e.toString());
        return problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", "", List.of());
    }

    /**
     * A body Jackson could read but not bind for a reason other than its syntax; reading and writing
     * failures have their own handlers (400 and 500).
     */
    @ExceptionHandler(HttpMessageConversionException.class)
    ResponseEntity<Object> unboundBody(HttpMessageConversionException e) {
        log.warn("Request body not bound: {}", e.getMessage());
        return problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", "", List.of());
    }

    /** An upload over the limit is cut off while the request is read, before any handler: the rule's own refusal. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains("Header section has more than")) {
                // Tomcat's limit of a part's headers (server.tomcat.max-part-header-size), which Spring
                // reports as an upload over its size: the file may be small, its headers are not.
                return problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", "", List.of());
            }
        }
        return refusal(Refusal.FILE_TOO_LARGE, List.of(String.valueOf(documentLimits.maxBytes())));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        if (e instanceof HttpMessageNotReadableException && e.getCause() instanceof StorableText.UnstorableTextException text) {
            return problem(HttpStatus.BAD_REQUEST, "UNSTORABLE_TEXT", "", List.of(text.field()));
        }
        if (e instanceof HttpMessageNotReadableException && e.getCause() instanceof StorableText.DayOutOfRangeException day) {
            return invalidField(day.field(), messages.getMessage("validation.DayOutOfRange", new Object[] {
                    StorableText.EARLIEST_DAY.toString(), StorableText.LATEST_DAY.toString()}, LocaleContextHolder.getLocale()));
        }
        String unknown = e instanceof HttpMessageNotReadableException ? StorableText.unknownField(e) : null;
        if (unknown != null) {
            return invalidField(unknown, messages.getMessage("validation.UnknownField", null, LocaleContextHolder.getLocale()));
        }
        String nullEntry = e instanceof HttpMessageNotReadableException ? StorableText.nullEntry(e) : null;
        if (nullEntry != null) {
            return invalidField(nullEntry, messages.getMessage("NotNull", null, LocaleContextHolder.getLocale()));
        }
        if (e instanceof HttpMessageNotReadableException && StorableText.overTheLimit(e)) {
            return bodyTooLarge(new StorableText.BodyTooLargeException());
        }
        ResponseEntity<Object> problem = problem(status, codeOf(e), "", argumentsOf(e));
        if (e instanceof MethodArgumentNotValidException invalid && problem.getBody() instanceof ProblemDetail detail) {
            detail.setProperty("errors", invalid.getBindingResult().getFieldErrors().stream()
                    .map(error -> Map.of("field", error.getField(), "message", messageOf(error))).toList());
        }
        return ResponseEntity.status(status).headers(headers).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem.getBody());
    }

    /** {@code 400 INVALID_FIELDS} naming one field of the body and what is wrong with it. */
    private ResponseEntity<Object> invalidField(String field, String message) {
        ResponseEntity<Object> problem = problem(HttpStatus.BAD_REQUEST, "INVALID_FIELDS", "", List.of());
        if (problem.getBody() instanceof ProblemDetail detail) {
            detail.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        }
        return problem;
    }

    /**
     * The field's message in the reader's language: the bundles name each constraint (NotBlank, Size, …;
     * Spring tries the codes of the field's error from the most to the least specific), else the
     * validator's own words.
     */
    private String messageOf(FieldError error) {
        String message = messages.getMessage(error, LocaleContextHolder.getLocale());
        return message == null ? "" : message;
    }

    private static String codeOf(Exception e) {
        if (e instanceof MethodArgumentNotValidException || e instanceof HandlerMethodValidationException) {
            return "INVALID_FIELDS";
        }
        if (e instanceof HttpMessageNotReadableException) {
            return "MALFORMED_REQUEST";
        }
        if (e instanceof MissingRequestHeaderException) {
            return "MISSING_HEADER";
        }
        if (e instanceof TypeMismatchException) {
            return "INVALID_PARAMETER";
        }
        if (e instanceof MissingServletRequestParameterException) {
            return "MISSING_PARAMETER";
        }
        if (e instanceof NoResourceFoundException) {
            return "UNKNOWN_PATH";
        }
        if (e instanceof HttpRequestMethodNotSupportedException) {
            return "METHOD_NOT_ALLOWED";
        }
        if (e instanceof HttpMediaTypeNotSupportedException) {
            return "UNSUPPORTED_MEDIA_TYPE";
        }
        if (e instanceof HttpMediaTypeNotAcceptableException) {
            return "NOT_ACCEPTABLE";
        }
        return "INVALID_REQUEST";
    }

    private static List<String> argumentsOf(Exception e) {
        if (e instanceof MissingRequestHeaderException missing) {
            return List.of(missing.getHeaderName());
        }
        if (e instanceof TypeMismatchException mismatch) {
            return List.of(String.valueOf(mismatch.getPropertyName()), String.valueOf(mismatch.getValue()));
        }
        if (e instanceof MissingServletRequestParameterException missing) {
            return List.of(missing.getParameterName());
        }
        return List.of();
    }

    private ResponseEntity<Object> refusal(Refusal refusal, List<String> arguments) {
        return problem(HttpStatusCode.valueOf(refusal.status()), refusal.name(), refusal.clause(), arguments);
    }

    private ResponseEntity<Object> problem(HttpStatusCode status, String code, String clause, List<String> arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        Object[] args = QUOTING_ROLES.contains(code) ? arguments.stream().map(argument -> named(argument, locale)).toArray()
                : arguments.toArray();
        ProblemDetail detail = ProblemDetail.forStatus(status);
        detail.setType(URI.create("urn:birikme:problem:" + code));
        detail.setTitle(messages.getMessage("problem." + code + ".title", args, code, locale));
        detail.setDetail(messages.getMessage("problem." + code + ".detail", args, code, locale));
        detail.setProperty("code", code);
        if (!clause.isEmpty()) {
            detail.setProperty("clause", clause);
        }
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(detail);
    }

    /**
     * Roles a refusal quotes ({@code DEPUTY_TEACHING}, or several with commas), named in the reader's
     * language (i18n/enums*.properties); any other value is shown as given.
     */
    private String named(String argument, Locale locale) {
        return Role.named(argument, role -> messages.getMessage("enum.Role." + role.name(), null, role.name(), locale));
    }
}
