package net.claimsnet.web.desk.billing;

import net.claimsnet.rules.reference.ReferenceDataLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The code pickers over the project's reference data (config/reference). */
class ReferenceCodesTest {

    private static ReferenceCodes codes;

    @BeforeAll
    static void load() throws IOException {
        Path folder = Path.of("..", "config", "reference");
        Map<String, byte[]> files = new HashMap<>();
        for (String name : ReferenceDataLoader.FILES) {
            files.put(name, Files.readAllBytes(folder.resolve(name)));
        }
        codes = new ReferenceCodes(ReferenceDataLoader.load(files));
    }

    @Test
    void diagnosesMatchByCodeWithOrWithoutTheDotAndByWords() {
        assertThat(codes.diagnoses("e11")).extracting(CodeText::getCode).contains("E11.9").allMatch(c -> c.startsWith("E11"));
        assertThat(codes.diagnoses("E119")).extracting(CodeText::getCode).contains("E11.9");
        assertThat(codes.diagnoses("diabetes")).extracting(CodeText::getCode).contains("E11.9");
        assertThat(codes.diagnosisText("e11.9")).isNotBlank();
    }

    @Test
    void proceduresMatchByCodeAndAtMostTwentyAreSuggested() {
        assertThat(codes.procedures("9921")).extracting(CodeText::getCode).contains("99213");
        assertThat(codes.procedures("")).hasSizeLessThanOrEqualTo(ReferenceCodes.SUGGESTIONS);
    }

    @Test
    void everyModifierAndPlaceOfServiceOfTheReferenceDataIsListed() throws IOException {
        long modifierRows = Files.readAllLines(Path.of("..", "config", "reference", "modifiers.csv")).stream()
                .skip(1).filter(l -> !l.isBlank()).count();
        long placeRows = Files.readAllLines(Path.of("..", "config", "reference", "places-of-service.csv")).stream()
                .skip(1).filter(l -> !l.isBlank()).count();

        assertThat(codes.modifiers()).hasSize((int) modifierRows);
        assertThat(codes.modifiers()).anySatisfy(m -> assertThat(m.getCode()).isEqualTo("25"));
        assertThat(codes.placesOfService()).hasSize((int) placeRows);
        assertThat(codes.placesOfService()).anySatisfy(p -> assertThat(p.getLabel()).isEqualTo("11 · Office"));
    }

    @Test
    void theModifiersAndPlacesOfServiceAreInCodeOrder() {
        assertThat(codes.placesOfService()).extracting(CodeText::getCode).startsWith("02", "10", "11");
        assertThat(codes.modifiers()).extracting(CodeText::getCode).startsWith("25", "26", "50");
    }
}
