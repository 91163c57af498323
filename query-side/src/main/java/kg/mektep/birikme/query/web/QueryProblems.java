package kg.mektep.birikme.query.web;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.CompletionException;
import kg.mektep.birikme.api.common.StorableText;
import kg.mektep.birikme.query.consistency.ReadModelBehindException;
import kg.mektep.birikme.query.security.NotAllowedException;
import kg.mektep.birikme.query.security.NotAuthenticatedException;
import kg.mektep.birikme.query.security.ReadNotAllowedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
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
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Errors of the read API as application/problem+json with a stable {@code code}, in the request's
 * language. Where the command side runs in the same process its handler answers the errors both
 * sides share; this one stands in when the query side runs alone.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class QueryProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(QueryProblems.class);

    private final MessageSource messages;

    QueryProblems(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "NOT_FOUND", e.id());
    }

    @ExceptionHandler(NotAuthenticatedException.class)
    ResponseEntity<Object> notAuthenticated(NotAuthenticatedException e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"birikme\"")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body(HttpStatus.UNAUTHORIZED, "NOT_AUTHENTICATED"));
    }

    @ExceptionHandler(ReadNotAllowedException.class)
    ResponseEntity<Object> notAllowed(ReadNotAllowedException e) {
        return problem(HttpStatus.FORBIDDEN, "READ_NOT_ALLOWED");
    }

    @ExceptionHandler(ReadRefusedException.class)
    ResponseEntity<Object> refused(ReadRefusedException e) {
        return problem(e.status(), e.code(), e.arguments().toArray());
    }

    @ExceptionHandler(NotAllowedException.class)
    ResponseEntity<Object> notAllowed(NotAllowedException e) {
        return problem(HttpStatus.FORBIDDEN, "ROLE_NOT_ALLOWED",
                RoleNames.of(e.roles(), messages, LocaleContextHolder.getLocale()),
                RoleNames.of(e.needed().name(), messages, LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, e.code(), e.arguments().toArray());
    }

    @ExceptionHandler(StorableText.RefusedTextException.class)
    ResponseEntity<Object> unstorableText(StorableText.RefusedTextException e) {
        return problem(HttpStatus.BAD_REQUEST, "UNSTORABLE_TEXT", e.field());
    }

    @ExceptionHandler(StorableText.BodyTooLargeException.class)
    ResponseEntity<Object> bodyTooLarge(StorableText.BodyTooLargeException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "BODY_TOO_LARGE", String.valueOf(StorableText.MAXIMUM_BODY_BYTES));
    }

    @ExceptionHandler(StorableText.RefusedCharsetException.class)
    ResponseEntity<Object> notUtf8(StorableText.RefusedCharsetException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE");
    }

    @ExceptionHandler(ReadModelBehindException.class)
    ResponseEntity<Object> behind(ReadModelBehindException e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body(HttpStatus.SERVICE_UNAVAILABLE, "READ_MODEL_BEHIND", String.valueOf(e.position())));
    }

    @ExceptionHandler({CompletionException.class, DataAccessException.class})
    ResponseEntity<Object> unavailable(Exception e) {
        if (e.getCause() instanceof NotFoundException notFound) {
            return notFound(notFound);
        }
        log.error("Read failed", e);
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "SERVICE_UNAVAILABLE");
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        if (e instanceof HttpMessageNotReadableException && e.getCause() instanceof StorableText.UnstorableTextException text) {
            return problem(HttpStatus.BAD_REQUEST, "UNSTORABLE_TEXT", text.field());
        }
        if (e instanceof HttpMessageNotReadableException && StorableText.overTheLimit(e)) {
            return bodyTooLarge(new StorableText.BodyTooLargeException());
        }
        String unknown = e instanceof HttpMessageNotReadableException ? StorableText.unknownField(e) : null;
        if (unknown != null) {
            ProblemDetail detail = body(HttpStatus.BAD_REQUEST, "INVALID_FIELDS");
            detail.setProperty("errors", java.util.List.of(Map.of("field", unknown, "message",
                    messages.getMessage("validation.UnknownField", null, LocaleContextHolder.getLocale()))));
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
        }
        if (e instanceof TypeMismatchException mismatch) {
            return problem(status, "INVALID_PARAMETER", mismatch.getPropertyName(), String.valueOf(mismatch.getValue()));
        }
        if (e instanceof MissingServletRequestParameterException missing) {
            return problem(status, "MISSING_PARAMETER", missing.getParameterName());
        }
        if (e instanceof MissingRequestHeaderException missing) {
            return problem(status, "MISSING_HEADER", missing.getHeaderName());
        }
        if (e instanceof MethodArgumentNotValidException invalid) {
            ProblemDetail detail = body(status, "INVALID_FIELDS");
            detail.setProperty("errors", invalid.getBindingResult().getFieldErrors().stream()
                    .map(error -> Map.of("field", error.getField(), "message", String.valueOf(
                            messages.getMessage(error, LocaleContextHolder.getLocale())))).toList());
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
        }
        // The same codes as the command side's, so that a client sees one answer whichever side refuses.
        String code = e instanceof NoResourceFoundException ? "UNKNOWN_PATH"
                : e instanceof HttpRequestMethodNotSupportedException ? "METHOD_NOT_ALLOWED"
                : e instanceof HandlerMethodValidationException ? "INVALID_FIELDS"
                : e instanceof HttpMessageNotReadableException ? "MALFORMED_REQUEST"
                : e instanceof HttpMediaTypeNotSupportedException ? "UNSUPPORTED_MEDIA_TYPE"
                : e instanceof HttpMediaTypeNotAcceptableException ? "NOT_ACCEPTABLE" : "INVALID_REQUEST";
        return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(body(status, code));
    }

    private ResponseEntity<Object> problem(HttpStatusCode status, String code, Object... arguments) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body(status, code, arguments));
    }

    private ProblemDetail body(HttpStatusCode status, String code, Object... arguments) {
        ProblemDetail detail = ProblemDetail.forStatus(status);
        detail.setType(URI.create("urn:birikme:problem:" + code));
        detail.setTitle(messages.getMessage("problem." + code + ".title", arguments, code, LocaleContextHolder.getLocale()));
        detail.setDetail(messages.getMessage("problem." + code + ".detail", arguments, code, LocaleContextHolder.getLocale()));
        detail.setProperty("code", code);
        return detail;
    }
}
