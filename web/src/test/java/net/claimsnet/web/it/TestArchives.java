package net.claimsnet.web.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/**
 * The archives the ITs deploy: the node's EAR as the build made it (ear/target/claimsnet.ear), and
 * that EAR with a test WAR added as a module, for tests that run inside the server next to the node.
 */
final class TestArchives {

    private TestArchives() {
    }

    /** The node's EAR, unchanged. */
    static EnterpriseArchive node() {
        File ear = new File(System.getProperty("claimsnet.ear", "target/claimsnet.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("No EAR at " + ear.getAbsolutePath() + ": run with mvn verify -Ppayara-it from the root");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /**
     * The node's EAR with the test WAR as one more web module (context root: the WAR's name), declared
     * in application.xml so that the server deploys it. Its classes see the EAR's libraries and the
     * claims-flows EJB module, as the node's own web module does.
     */
    static EnterpriseArchive nodeWith(WebArchive tests) {
        EnterpriseArchive ear = node();
        String descriptor;
        try (InputStream in = ear.get("META-INF/application.xml").getAsset().openStream()) {
            descriptor = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the EAR's application.xml: " + e, e);
        }
        String contextRoot = tests.getName().replaceFirst("\\.war$", "");
        String module = "  <module>\n    <web>\n      <web-uri>" + tests.getName() + "</web-uri>\n      <context-root>/"
                + contextRoot + "</context-root>\n    </web>\n  </module>\n  <library-directory>";
        if (!descriptor.contains("<library-directory>")) {
            throw new IllegalStateException("The EAR's application.xml has no <library-directory>: " + descriptor);
        }
        ear.delete("META-INF/application.xml");
        ear.setApplicationXML(new StringAsset(descriptor.replace("<library-directory>", module)));
        return ear.addAsModule(tests);
    }

    /** The JAR (from the test class path) a class comes from, to put it into a test WAR. */
    static File jarOf(Class<?> type) {
        try {
            File jar = new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!jar.isFile()) {
                throw new IllegalStateException(type.getName() + " does not come from a JAR but from " + jar);
            }
            return jar;
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Where " + type.getName() + " comes from: " + e, e);
        }
    }
}
