package net.claimsnet.rules.drools;

import net.claimsnet.rules.RuleSetRejectedException;
import net.claimsnet.rules.reference.ReferenceData;
import net.claimsnet.rules.reference.ReferenceDataException;
import net.claimsnet.rules.reference.ReferenceDataLoader;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieContainer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds a rule base from rule-file bytes with KieFileSystem and KieBuilder (classic DRL, drools-mvel),
 * and refuses it, with the compiler's messages, when anything does not compile.
 */
final class RuleSetCompiler {

    private static final System.Logger LOG = System.getLogger(RuleSetCompiler.class.getName());
    private static final int INITIAL_POOLED_SESSIONS = 2;
    // Each build gets its own release id so that two versions never share a slot in the KieRepository.
    private static final AtomicLong BUILD_NUMBER = new AtomicLong();

    private final KieServices kieServices = KieServices.Factory.get();

    CompiledRuleSet compile(RuleSetSources sources, RuleSetKind kind) {
        long start = System.nanoTime();
        ReferenceData referenceData;
        try {
            referenceData = ReferenceDataLoader.load(sources.referenceFiles());
        } catch (ReferenceDataException e) {
            throw new RuleSetRejectedException(kind.folder(), sources.version(), List.of("reference/" + e.getMessage()));
        }
        if (sources.ruleFiles().isEmpty()) {
            throw new RuleSetRejectedException(kind.folder(), sources.version(),
                    List.of("rules/" + kind.folder() + ": there are no .drl files"));
        }

        ReleaseId releaseId = kieServices.newReleaseId("net.claimsnet.rules", kind.folder(),
                "1.0." + BUILD_NUMBER.incrementAndGet());
        KieFileSystem files = kieServices.newKieFileSystem();
        files.generateAndWritePomXML(releaseId);
        sources.ruleFiles().forEach((name, content) -> files.write(resourcePath(kind, name),
                kieServices.getResources().newByteArrayResource(content).setResourceType(ResourceType.DRL)));

        ClassLoader classLoader = RuleSetCompiler.class.getClassLoader();
        KieBuilder builder = kieServices.newKieBuilder(files, classLoader).buildAll();
        List<String> errors = new ArrayList<>();
        for (Message message : builder.getResults().getMessages()) {
            String text = describe(kind, message);
            if (message.getLevel() == Message.Level.ERROR) {
                errors.add(text);
            } else {
                LOG.log(System.Logger.Level.WARNING, text);
            }
        }
        if (!errors.isEmpty()) {
            kieServices.getRepository().removeKieModule(releaseId);
            throw new RuleSetRejectedException(kind.folder(), sources.version(), errors);
        }

        KieContainer container = kieServices.newKieContainer(releaseId, classLoader);
        // The container holds the module; the repository need not, or every reload would stay in memory.
        kieServices.getRepository().removeKieModule(releaseId);
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new CompiledRuleSet(kind, sources.version(), container.getKieBase(),
                container.newKieSessionsPool(INITIAL_POOLED_SESSIONS), referenceData, millis);
    }

    private static String resourcePath(RuleSetKind kind, String fileName) {
        return "src/main/resources/claimsnet/" + kind.folder() + "/" + fileName;
    }

    /** The compiler's message with the operator's file name (rules/adjudicate/x.drl) instead of the build's path. */
    private static String describe(RuleSetKind kind, Message message) {
        String path = message.getPath() == null ? "" : message.getPath();
        // Drools reports the path with or without the source folder, depending on the kind of message.
        path = path.startsWith("src/main/resources/") ? path.substring("src/main/resources/".length()) : path;
        String prefix = "claimsnet/" + kind.folder() + "/";
        String file = path.startsWith(prefix) ? "rules/" + kind.folder() + "/" + path.substring(prefix.length()) : path;
        String where = file.isEmpty() ? "" : file + (message.getLine() > 0 ? ":" + message.getLine() : "") + ": ";
        return where + message.getText().trim();
    }
}
