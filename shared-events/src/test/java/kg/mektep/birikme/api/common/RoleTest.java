package kg.mektep.birikme.api.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void rolesARefusalQuotesAreNamedOneByOne() {
        assertThat(Role.named("DEPUTY_TEACHING", role -> "ОТИ")).isEqualTo("ОТИ");
        assertThat(Role.named("DIRECTOR, DEPUTY_TEACHING,CHAIR", role -> role.name().toLowerCase()))
                .isEqualTo("director, deputy_teaching, chair");
    }

    @Test
    void aTextThatIsNotAListOfRolesIsGivenBackAsItIs() {
        assertThat(Role.named("DIRECTOR, KING", role -> "x")).isEqualTo("DIRECTOR, KING");
        assertThat(Role.named("director", role -> "x")).as("names are exact").isEqualTo("director");
        assertThat(Role.named("", role -> "x")).isEmpty();
        assertThat(Role.named("  ", role -> "x")).isEqualTo("  ");
        assertThat(Role.named(null, role -> "x")).isNull();
    }
}
