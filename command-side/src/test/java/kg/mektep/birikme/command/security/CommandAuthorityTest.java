package kg.mektep.birikme.command.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import kg.mektep.birikme.api.association.AddMemberCommand;
import kg.mektep.birikme.api.association.CreateAssociationCommand;
import kg.mektep.birikme.api.common.MetadataKeys;
import kg.mektep.birikme.api.common.Refusal;
import kg.mektep.birikme.api.common.RuleViolationException;
import kg.mektep.birikme.api.common.SchoolScoped;
import kg.mektep.birikme.api.school.RegisterSchoolCommand;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

class CommandAuthorityTest {

    private final CommandAuthority authority = new CommandAuthority();

    private static Map<String, String> actor(String roles, String school) {
        return school == null ? Map.of(MetadataKeys.ACTOR_ID, "u-1", MetadataKeys.ACTOR_ROLE, roles)
                : Map.of(MetadataKeys.ACTOR_ID, "u-1", MetadataKeys.ACTOR_ROLE, roles, MetadataKeys.ACTOR_SCHOOL_ID, school);
    }

    /** Runs the command through the check; true when it reached the handler. */
    private boolean send(Object command, Map<String, String> metaData) throws Exception {
        AtomicBoolean handled = new AtomicBoolean();
        InterceptorChain chain = () -> {
            handled.set(true);
            return null;
        };
        var unitOfWork = DefaultUnitOfWork.startAndGet(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
        try {
            authority.handle(unitOfWork, chain);
        } finally {
            unitOfWork.rollback();
        }
        return handled.get();
    }

    private static AddMemberCommand addMember(String school) {
        return new AddMemberCommand("ma-1", school, "t-1");
    }

    @Test
    void everyCommandOfTheLanguageHasARule() throws Exception {
        List<String> commands = classesOfTheLanguage().stream().filter(name -> name.endsWith("Command.class"))
                .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.')).toList();
        assertThat(commands).hasSizeGreaterThan(10);
        for (String command : commands) {
            assertThat(CommandAuthority.ALLOWED).as(command).containsKey(Class.forName(command));
        }
    }

    /** Class file names of shared-events, from its folder in a reactor build or its jar otherwise. */
    private static List<String> classesOfTheLanguage() throws Exception {
        Path location = Path.of(SchoolScoped.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location)) {
                return files.map(file -> location.relativize(file).toString().replace(File.separatorChar, '/')).toList();
            }
        }
        try (JarFile jar = new JarFile(location.toFile())) {
            return jar.stream().map(JarEntry::getName).toList();
        }
    }

    @Test
    void theDirectorOfTheSchoolMayAddAMember() throws Exception {
        assertThat(send(addMember("s-1"), actor("DIRECTOR", "s-1"))).isTrue();
    }

    @Test
    void aCommandWithoutASignedInActorIsRefused() {
        assertThatThrownBy(() -> send(addMember("s-1"), Map.of()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.NOT_AUTHENTICATED));
    }

    @Test
    void aRoleTheCommandDoesNotAllowIsRefused() {
        for (String roles : List.of("TEACHER", "INSPECTOR", "ADMIN", "", "CHAIR")) {
            assertThatThrownBy(() -> send(new CreateAssociationCommand("ma-1", "s-1", "n", null, null, null, null, null,
                    null, null, null), actor(roles, "s-1")))
                    .as(roles).isInstanceOfSatisfying(RuleViolationException.class,
                            e -> assertThat(e.refusal()).isEqualTo(Refusal.ROLE_NOT_ALLOWED));
        }
    }

    @Test
    void oneOfSeveralRolesIsEnough() throws Exception {
        assertThat(send(addMember("s-1"), actor("TEACHER,DEPUTY_METHODOLOGY", "s-1"))).isTrue();
    }

    @Test
    void aRoleNameTheSystemDoesNotKnowGrantsNothingAndSpoilsNothing() throws Exception {
        assertThat(send(addMember("s-1"), actor("JANITOR, DIRECTOR", "s-1"))).isTrue();
        assertThatThrownBy(() -> send(addMember("s-1"), actor("JANITOR,director", "s-1")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.refusal()).isEqualTo(Refusal.ROLE_NOT_ALLOWED);
                    assertThat(e.arguments()).containsExactly("JANITOR,director",
                            "DEPUTY_METHODOLOGY, DEPUTY_TEACHING, DIRECTOR");
                });
    }

    @Test
    void anAllowedCommandAnswersWhatItsHandlerAnswers() throws Exception {
        var unitOfWork = DefaultUnitOfWork.startAndGet(GenericCommandMessage.asCommandMessage(addMember("s-1"))
                .andMetaData(actor("DIRECTOR", "s-1")));
        try {
            assertThat(authority.handle(unitOfWork, () -> "ma-1")).isEqualTo("ma-1");
        } finally {
            unitOfWork.rollback();
        }
    }

    @Test
    void anotherSchoolLooksUnknown() {
        assertThatThrownBy(() -> send(addMember("s-2"), actor("DIRECTOR", "s-1")))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.NOT_FOUND));
    }

    @Test
    void onlyTheAdministratorRegistersSchoolsAndBelongsToNone() throws Exception {
        assertThat(send(new RegisterSchoolCommand("s-9", "n", "d", null), actor("ADMIN", null))).isTrue();
        assertThatThrownBy(() -> send(new RegisterSchoolCommand("s-9", "n", "d", null), actor("DIRECTOR", "s-9")))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.ROLE_NOT_ALLOWED));
    }
}
