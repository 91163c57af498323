package kg.mektep.birikme.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The split deployment over PostgreSQL as the README runs it: the command side's and the query
 * side's executable jars (built by {@code ./mvnw verify} before this module's tests), each in a
 * process of its own, on one new database, the query side started first.
 */
class SplitDeploymentTest {

    private static final Duration START_LIMIT = Duration.ofMinutes(4);
    private static final String PASSWORD = "split-admin-password-2026";

    @TempDir
    Path dir;

    @Test
    void theTwoSidesRunApartOnOneDatabaseWhicheverStartsFirst() throws Exception {
        try (EmbeddedPostgres database = EmbeddedPostgres.builder().start()) {
            String url = database.getJdbcUrl("postgres", "postgres");
            try (Side query = Side.start("query-side", url, dir)) {
                // On a new database the query side waits for the tables the command side creates.
                query.awaitLog("Waiting for the command side's tables");
                try (Side command = Side.start("command-side", url, dir)) {
                    command.awaitAnswering();
                    query.awaitLog("The command side's tables are there");
                    query.awaitAnswering();
                    commandsOnOneSideAreReadOnTheOther(command, query);
                    requestsTomcatRefusesAreProblems(command);
                    requestsTomcatRefusesAreProblems(query);
                    requestsTheQuerySideCannotTakeAreNamedAsOnTheCommandSide(command, query);
                }
            }
        }
    }

    private static void commandsOnOneSideAreReadOnTheOther(Side command, Side query) {
        Api admin = Api.onLocalPort(command.port).signIn("admin", PASSWORD);
        Api.Response created = admin.post("/api/schools",
                Map.of("name", "Ысык-Көл районундагы №1 мектеп", "district", "Түп району, Ңөү айылы"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        // The session made on the command side is honoured by the query side, and ?after= waits there.
        Api.Response read = admin.at(query.port).get("/api/schools?after=" + created.position());
        for (int again = 0; again < 3 && read.status() == 503; again++) {
            // READ_MODEL_BEHIND: the projections, just started on a loaded machine, took longer than a read waits.
            read = admin.at(query.port).get("/api/schools?after=" + created.position());
        }
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().findValuesAsText("schoolId")).containsExactly(created.id());
        assertThat(read.json().findValuesAsText("name")).containsExactly("Ысык-Көл районундагы №1 мектеп");
        assertThat(read.json().findValuesAsText("district")).containsExactly("Түп району, Ңөү айылы");

        // A refused command is answered by the command side as problem+json with its code.
        Api.Response refused = admin.post("/api/schools", Map.of("district", "Түп району"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("code").asText()).isEqualTo("INVALID_FIELDS");

        // Each side has its own API: a read sent to the command side is not found there.
        Api.Response notThere = admin.get("/api/schools");
        assertThat(notThere.status()).as(notThere.body()).isIn(404, 405);
        assertThat(notThere.contentType()).startsWith("application/problem+json");
    }

    /** The query side run alone names what it cannot take with the codes the command side and the standalone run use. */
    private static void requestsTheQuerySideCannotTakeAreNamedAsOnTheCommandSide(Side command, Side query) {
        Api admin = Api.onLocalPort(command.port).signIn("admin", PASSWORD).at(query.port);
        String verification = "/api/log/checkpoints/verification";
        Api.Response notAcceptable = admin.with("Accept", "image/png").get("/api/schools");
        assertThat(notAcceptable.status()).as(notAcceptable.body()).isEqualTo(406);
        Api.Response notJson = admin.send("POST", verification, "position=1", "text/plain");
        assertThat(notJson.json().path("code").asText()).as(notJson.body()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        assertThat(notJson.json().path("title").asText()).isEqualTo("Мазмундун түрү колдоого алынбайт");
        Api.Response malformed = admin.send("POST", verification, "{\"position\": ", "application/json");
        assertThat(malformed.json().path("code").asText()).as(malformed.body()).isEqualTo("MALFORMED_REQUEST");
        Api.Response incomplete = admin.inLanguage("en").send("POST", verification, "{}", "application/json");
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.json().path("code").asText()).as(incomplete.body()).isEqualTo("INVALID_FIELDS");
        assertThat(incomplete.json().path("errors").findValuesAsText("field")).contains("position", "signature");
        assertThat(incomplete.json().path("errors").findValuesAsText("message")).contains("must be given");
        Api.Response misspelt = admin.inLanguage("en").send("POST", verification, "{\"positon\": 1}", "application/json");
        assertThat(misspelt.json().path("code").asText()).as(misspelt.body()).isEqualTo("INVALID_FIELDS");
        assertThat(misspelt.json().path("errors").findValuesAsText("field")).containsExactly("positon");
    }

    /** Refused by Tomcat before any of the application runs, yet answered as problem+json, not 501 or HTML. */
    private static void requestsTomcatRefusesAreProblems(Side side) throws IOException {
        assertThat(raw(side.port, "CONNECT /api/schools HTTP/1.1\r\nHost: localhost\r\nAccept-Language: ru\r\n"))
                .startsWith("HTTP/1.1 405").containsIgnoringCase("\r\nAllow: GET")
                .containsIgnoringCase("\r\nContent-Type: application/problem+json")
                .contains("\"code\":\"METHOD_NOT_ALLOWED\"", "Метод не разрешён");
        assertThat(raw(side.port, "TRACE /api/schools HTTP/1.1\r\nHost: localhost\r\nAccept-Language: en\r\n"))
                .startsWith("HTTP/1.1 405").containsIgnoringCase("\r\nAllow: GET")
                .containsIgnoringCase("\r\nContent-Type: application/problem+json")
                .contains("\"code\":\"METHOD_NOT_ALLOWED\"", "Method not allowed");
        assertThat(raw(side.port, "GET /api/schools HTTP/1.1\r\nHost: localhost\r\nX-Long: " + "ө".repeat(5_000) + "\r\n"))
                .startsWith("HTTP/1.1 400")
                .containsIgnoringCase("\r\nContent-Type: application/problem+json")
                .contains("\"code\":\"MALFORMED_REQUEST\"", "Суроо окулбайт");
    }

    private static String raw(int port, String head) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream().write((head + "Connection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** One side's executable jar in a process of its own, its output in a file. */
    private static final class Side implements AutoCloseable {

        final String name;
        final int port;
        final Process process;
        final Path log;

        private Side(String name, int port, Process process, Path log) {
            this.name = name;
            this.port = port;
            this.process = process;
            this.log = log;
        }

        static Side start(String module, String databaseUrl, Path dir) throws IOException {
            Path jar = executableJar(module);
            int port = freePort();
            Path log = dir.resolve(module + ".log");
            ProcessBuilder builder = new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(), "--server.port=" + port)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            Map<String, String> environment = builder.environment();
            environment.put("SPRING_DATASOURCE_URL", databaseUrl);
            environment.put("SPRING_DATASOURCE_USERNAME", "postgres");
            environment.put("SPRING_DATASOURCE_PASSWORD", "postgres");
            environment.put("BIRIKME_ADMIN_PASSWORD", PASSWORD);
            environment.put("BIRIKME_LOG_KEY_FILE", dir.resolve("log-key/log-signing-key.properties").toString());
            return new Side(module, port, builder.start(), log);
        }

        private static Path executableJar(String module) throws IOException {
            Path target = Path.of("..", module, "target");
            try (Stream<Path> jars = Files.exists(target) ? Files.list(target) : Stream.empty()) {
                return jars.filter(path -> path.getFileName().toString().endsWith("-exec.jar")).findFirst()
                        .orElseThrow(() -> new IllegalStateException("No executable jar of " + module + " in " + target
                                + ": ./mvnw verify (or package) from the top directory builds it before these tests"));
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }

        void awaitLog(String text) throws IOException, InterruptedException {
            await("log \"" + text + "\"", () -> Files.readString(log, StandardCharsets.UTF_8).contains(text));
        }

        void awaitAnswering() throws IOException, InterruptedException {
            await("answer on port " + port, () -> {
                try (Socket socket = new Socket("localhost", port)) {
                    return Api.onLocalPort(port).get("/api/schools").status() > 0;
                } catch (IOException | java.io.UncheckedIOException notYet) {
                    return false;
                }
            });
        }

        private void await(String what, Check check) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + START_LIMIT.toNanos();
            while (!check.holds()) {
                if (!process.isAlive()) {
                    fail("The " + name + " stopped (exit " + process.exitValue() + ") before it could " + what + ":\n" + tail());
                }
                if (System.nanoTime() > deadline) {
                    fail("The " + name + " did not " + what + " within " + START_LIMIT + ":\n" + tail());
                }
                Thread.sleep(200);
            }
        }

        private String tail() throws IOException {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }

        @FunctionalInterface
        private interface Check {
            boolean holds() throws IOException;
        }
    }
}
