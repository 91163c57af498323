package kg.mektep.birikme.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small HTTP client for the tests: real requests to the running application, JSON in and out. */
public final class Api {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final Map<String, String> headers;

    /** An anonymous client; {@link #signIn} gives one that acts as a user. */
    Api(int port) {
        this("http://localhost:" + port, Map.of("Accept-Language", "ky"));
    }

    /** An anonymous client of an application on this machine's given port. */
    public static Api onLocalPort(int port) {
        return new Api(port);
    }

    private Api(String base, Map<String, String> headers) {
        this.base = base;
        this.headers = new LinkedHashMap<>(headers);
    }

    /** The value of a header this client sends (e.g. its Authorization), or null. */
    public String header(String name) {
        return headers.get(name);
    }

    /** The same client with one header changed, or removed when the value is null. */
    Api with(String header, String value) {
        Api copy = new Api(base, headers);
        if (value == null) {
            copy.headers.remove(header);
        } else {
            copy.headers.put(header, value);
        }
        return copy;
    }

    /** Signs in with a user name and password (HTTP Basic) and answers a client carrying the session. */
    public Api signIn(String username, String password) {
        Response session = with("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                (username + ":" + password).getBytes(StandardCharsets.UTF_8))).post("/api/session", "");
        if (session.status() != 201) {
            throw new IllegalStateException("Sign-in of " + username + " failed: " + session.body());
        }
        return with("Authorization", "Bearer " + session.json().path("token").asText());
    }

    /** The same client, headers and session, against an application on another port. */
    Api at(int port) {
        return new Api("http://localhost:" + port, headers);
    }

    Api anonymous() {
        return with("Authorization", null);
    }

    Api inLanguage(String language) {
        return with("Accept-Language", language);
    }

    public Response post(String path, Object body) {
        return send("POST", path, body instanceof String text ? text : write(body), "application/json");
    }

    public Response delete(String path) {
        return send("DELETE", path, null, null);
    }

    /** A GET whose whole answer, headers included, the test reads. */
    HttpResponse<String> raw(String path) {
        return raw(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** A POST of a JSON body whose whole answer, headers included, the test reads. */
    HttpResponse<String> rawPost(String path, String body) {
        return raw(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> raw(HttpRequest.Builder request) {
        return exchange(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Sends the request with this client's headers. */
    private <T> HttpResponse<T> exchange(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        headers.forEach(request::header);
        try {
            return http.send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Response response(HttpResponse<String> response) {
        return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body(), response.headers().firstValue("Location").orElse(null));
    }

    /** A GET whose answer the test reads as it arrives. */
    HttpResponse<java.io.InputStream> stream(String path) {
        return exchange(HttpRequest.newBuilder(URI.create(base + path)).GET(), HttpResponse.BodyHandlers.ofInputStream());
    }

    /** One part of a multipart/form-data request: a file when it has a file name. */
    public record Part(String name, String fileName, String contentType, byte[] content) {

        public static Part json(String name, Object value) {
            return new Part(name, null, "application/json", write(value).getBytes(StandardCharsets.UTF_8));
        }

        public static Part file(String name, String fileName, String contentType, byte[] content) {
            return new Part(name, fileName, contentType, content);
        }
    }

    /** A POST of multipart/form-data, as a browser form or curl -F sends it. */
    public Response postParts(String path, Part... parts) {
        String boundary = "----birikme-" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Part part : parts) {
            StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(part.name()).append('"');
            if (part.fileName() != null) {
                head.append("; filename=\"").append(part.fileName()).append('"');
            }
            head.append("\r\n");
            if (part.contentType() != null) {
                head.append("Content-Type: ").append(part.contentType()).append("\r\n");
            }
            head.append("\r\n");
            body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary);
        return response(raw(request));
    }

    /** A GET whose answer is read as bytes, headers included. */
    HttpResponse<byte[]> bytes(String path) {
        return exchange(HttpRequest.newBuilder(URI.create(base + path)).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public Response get(String path) {
        return send("GET", path, null, null);
    }

    Response send(String method, String path, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return response(raw(request));
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An answer: its status, content type and body, and the Location it names (null if none). */
    public record Response(int status, String contentType, String body, String location) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON (" + status + "): " + body, e);
            }
        }

        public String id() {
            return json().path("id").asText();
        }

        public long position() {
            return json().path("position").asLong();
        }
    }
}
