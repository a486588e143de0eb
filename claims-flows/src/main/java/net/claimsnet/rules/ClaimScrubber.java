package net.claimsnet.rules;

import net.claimsnet.rules.model.ScrubRequest;
import net.claimsnet.rules.model.ScrubResult;

/** The provider's claim scrubber: edits a claim before it is submitted. */
public interface ClaimScrubber {

    /**
     * Checks required fields, code formats, dates and timely filing, diagnosis pointers, procedure pairs,
     * unit caps, age and sex edits, and duplicate lines.
     *
     * @return every finding, with the version of the rule set that produced them
     */
    ScrubResult scrub(ScrubRequest request);
}
