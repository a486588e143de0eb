package net.claimsnet.web.e2e.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The desk's pages: every Facelets page of the web module's source tree that a browser can open
 * (WEB-INF holds templates and fragments, never served; resources/ holds style sheets and scripts).
 * Read from the source tree rather than from a list, so that a new page is called without anyone adding it.
 */
final class DeskPages {

    private DeskPages() {
    }

    static Set<Endpoint> in(Path webapp) {
        if (!Files.isDirectory(webapp)) {
            throw new AssertionError("No webapp folder at " + webapp + " (the suite runs in web/)");
        }
        Set<Endpoint> pages = new TreeSet<>();
        try (Stream<Path> files = Files.walk(webapp)) {
            files.filter(file -> file.toString().endsWith(".xhtml"))
                    .map(file -> webapp.relativize(file).toString().replace('\\', '/'))
                    .filter(page -> !page.startsWith("WEB-INF/") && !page.startsWith("resources/"))
                    .forEach(page -> pages.add(new Endpoint("GET", "/" + page)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + webapp, e);
        }
        return pages;
    }
}
