package net.claimsnet.web.api;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import net.claimsnet.web.ClaimsNetApplication;
import net.claimsnet.web.fhir.FhirApplication;
import net.claimsnet.web.x12.X12Application;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web module's applications list their resources instead of discovering them, so a new resource
 * that nobody adds to a list answers 404 in Payara while its unit tests, which call it directly, pass.
 * This walks the compiled classes and holds every root resource to exactly one application.
 */
class ApplicationRegistrationTest {

    private static final List<Application> APPLICATIONS =
            List.of(new ClaimsNetApplication(), new FhirApplication(), new X12Application());

    @Test
    void every_root_resource_is_served_by_exactly_one_application() throws Exception {
        List<Class<?>> resources = rootResources();

        assertThat(resources).as("root resources found in the compiled classes").hasSizeGreaterThan(10);
        assertThat(resources).allSatisfy(resource -> assertThat(APPLICATIONS.stream()
                        .filter(application -> application.getClasses().contains(resource)).count())
                .as(resource.getName() + " is listed by how many applications")
                .isEqualTo(1));
    }

    private static List<Class<?>> rootResources() throws Exception {
        java.nio.file.Path classes = Paths.get(ClaimsNetApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            return files.filter(file -> file.toString().endsWith(".class") && !file.getFileName().toString().contains("$"))
                    .map(file -> classes.relativize(file).toString().replace(".class", "").replace(java.io.File.separatorChar, '.'))
                    .map(ApplicationRegistrationTest::load)
                    .filter(type -> type.isAnnotationPresent(Path.class))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ApplicationRegistrationTest.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError unloadable) {
            throw new AssertionError("cannot load " + name, unloadable);
        }
    }
}
