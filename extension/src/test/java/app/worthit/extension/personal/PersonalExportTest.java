package app.worthit.extension.personal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonalExportTest {
  @Test
  void an_export_reads_back_to_the_same_records() {
    PersonalData data = new PersonalData(List.of(
        PersonalRecord.rating("meetup:event:1", Vote.WORTH_IT, 1),
        PersonalRecord.attended("meetup:event:1", "meetup:group:qa", 2),
        PersonalRecord.note("meetup:event:1", "Ask about \"the\" <team>", 3),
        PersonalRecord.profile("QA engineer", "Healthcare IT", 4)));
    String text = PersonalExport.write(data, 99);
    assertEquals(data.records(), PersonalExport.read(text));
  }

  @Test
  void rejects_files_that_are_not_exports() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PersonalExport.read("{}"));
    assertTrue(e.getMessage().contains("not a Worth It? export"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> PersonalExport.read("not json"));
    assertThrows(IllegalArgumentException.class, () -> PersonalExport.read(
        "{\"format\":\"worthit-personal-data\",\"version\":2,\"records\":[]}"));
  }

  @Test
  void rejects_an_export_with_an_unknown_record_kind() {
    String text = "{\"format\":\"worthit-personal-data\",\"version\":1,\"records\":"
        + "[{\"kind\":\"password\",\"key\":\"x\",\"value\":{},\"updatedAt\":1}]}";
    assertThrows(IllegalArgumentException.class, () -> PersonalExport.read(text));
  }
}
