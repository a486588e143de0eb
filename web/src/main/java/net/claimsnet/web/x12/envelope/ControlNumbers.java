package net.claimsnet.web.x12.envelope;

/**
 * Where interchange (ISA13/IEA02) and group (GS06/GE02) control numbers come from. A receiver
 * detects duplicates by them, so each call gives a number the node has not used recently.
 */
public interface ControlNumbers {

    /** An interchange control number, 1..999,999,999. */
    long nextInterchange();

    /** A functional group control number, 1..999,999,999. */
    long nextGroup();
}
