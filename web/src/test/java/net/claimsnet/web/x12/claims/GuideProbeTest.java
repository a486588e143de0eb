package net.claimsnet.web.x12.claims;

import net.claimsnet.web.x12.read.*;
import org.junit.jupiter.api.Test;
import java.nio.file.*;

class GuideProbeTest {
    @Test
    void probe() throws Exception {
        try (var files = Files.list(Path.of("/work/shared/samples/x12"))) {
            for (Path f : files.sorted().toList()) {
                System.out.println("=== " + f.getFileName());
                try {
                    for (X12Interchange i : new X12Reader().read(Files.readAllBytes(f))) {
                        for (X12Group g : i.groups()) for (X12Transaction t : g.transactions()) {
                            ClaimGuide.Verdict v = ClaimGuide.check(t);
                            System.out.println(t.type() + " " + t.guide() + " rejected=" + v.isRejected() + " trailer=" + v.trailerCodes() + " " + v.unsupportedReason());
                            v.issues().forEach(x -> System.out.println("   " + x.severity() + " " + x.code() + " " + x));
                        }
                    }
                } catch (NotX12Exception e) { System.out.println("NOT X12: " + e.getMessage()); }
            }
        }
    }
}
