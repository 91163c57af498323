package kg.mektep.birikme.query.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import kg.mektep.birikme.api.meeting.Absence;
import kg.mektep.birikme.api.meeting.Heard;
import kg.mektep.birikme.api.meeting.ProtocolContent;
import kg.mektep.birikme.api.meeting.ProtocolView;
import kg.mektep.birikme.api.meeting.Resolution;
import kg.mektep.birikme.query.support.ReadModelDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class ProtocolPageTest {

    private static final LocalDate DAY = LocalDate.of(2026, 9, 15);

    /**
     * A protocol recorded before null entries of its lists were refused may hold some: its page leaves
     * them out and shows the rest, rather than failing.
     */
    @Test
    void nullEntriesOfAStoredProtocolAreLeftOut() {
        ProtocolContent content = new ProtocolContent(DAY, Arrays.asList("t1", null, "t2"),
                Arrays.asList(null, new Absence("t3", "Ооруп калды")), Arrays.asList(null, "Райондук методист"),
                Arrays.asList("Жылдык план", null), Arrays.asList(null, new Heard("t1", "Жылдык пландын долбоору")),
                Arrays.asList(null, new Resolution("План кабыл алынсын", Arrays.asList(null, "t2"), null, null), null));
        ProtocolView protocol = new ProtocolView(1, DAY, true, 3, "hash", content, List.of(),
                List.of(new ProtocolView.ResolutionStatus(2, "План кабыл алынсын", null, "DONE")));

        String html = new ProtocolPage(ReadModelDatabase.fresh(), new StaticMessageSource())
                .render("school-1", "ma-1", protocol);

        assertThat(html).contains("Катышкандар (2 / 3): t1, t2", "t3 (Ооруп калды)", "Чакырылгандар: Райондук методист",
                "<li>Жылдык план</li></ol>", "<li>t1: Жылдык пландын долбоору</li></ol>",
                "<li value=\"2\">План кабыл алынсын Жооптуу: t2. <em>(DONE)</em></li></ol>").doesNotContain("null");
    }
}
