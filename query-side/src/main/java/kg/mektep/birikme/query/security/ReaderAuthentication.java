package kg.mektep.birikme.query.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kg.mektep.birikme.api.common.Role;
import kg.mektep.birikme.api.common.Sha256;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Every read needs a signed-in user: the bearer token from the command side's POST /api/session,
 * looked up in the shared session table (only its SHA-256 is stored). A read marked
 * {@link ReadableBy} also needs one of its roles; one marked {@link PublicRead} needs nobody.
 */
class ReaderAuthentication implements HandlerInterceptor {

    static final String READER_ATTRIBUTE = Reader.class.getName();
    private static final String QUERY_PACKAGE = "kg.mektep.birikme.query";

    private final JdbcClient jdbc;
    private final Clock clock;

    ReaderAuthentication(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !method.getBeanType().getPackageName().startsWith(QUERY_PACKAGE)
                || method.hasMethodAnnotation(PublicRead.class)) {
            return true;
        }
        Reader reader = bearer(request).flatMap(this::readerOf).orElseThrow(NotAuthenticatedException::new);
        ReadableBy readableBy = Optional.ofNullable(method.getMethodAnnotation(ReadableBy.class))
                .orElseGet(() -> method.getBeanType().getAnnotation(ReadableBy.class));
        if (readableBy != null && Arrays.stream(readableBy.value()).noneMatch(reader.roles()::contains)) {
            throw new ReadNotAllowedException();
        }
        request.setAttribute(READER_ATTRIBUTE, reader);
        return true;
    }

    private Optional<Reader> readerOf(String token) {
        return jdbc.sql("""
                SELECT u.user_id, u.roles, u.school_id, u.inspected_school_ids
                FROM app_session s JOIN app_user u ON u.user_id = s.user_id
                WHERE s.token_hash = ? AND s.expires_at > ? AND u.enabled""")
                .params(Sha256.hex(token), Timestamp.from(clock.instant()))
                .query((rs, n) -> new Reader(rs.getString(1),
                        Arrays.stream((String[]) rs.getArray(2).getArray()).map(Role::valueOf).collect(Collectors.toSet()),
                        rs.getString(3), Set.of((String[]) rs.getArray(4).getArray())))
                .optional();
    }

    private static Optional<String> bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) && header.length() > 7) {
            return Optional.of(header.substring(7).strip());
        }
        return Optional.empty();
    }
}
