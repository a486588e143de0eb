package net.claimsnet.web.x12.envelope;

/**
 * A syntax or implementation-guide error StAEDI reported while reading: where (segment position and
 * tag, element and component positions when the error is inside a segment, 0 otherwise), StAEDI's
 * error type and the schema's reference code of the element or segment at fault.
 */
public record X12Error(int segmentPosition, String segmentTag, int elementPosition, int componentPosition, String type,
                       String referenceCode) {

    @Override
    public String toString() {
        StringBuilder where = new StringBuilder("segment ").append(segmentPosition);
        if (segmentTag != null && !segmentTag.isEmpty()) {
            where.append(" (").append(segmentTag);
            if (elementPosition > 0) {
                where.append(String.format("%02d", elementPosition));
                if (componentPosition > 0) {
                    where.append('-').append(componentPosition);
                }
            }
            where.append(')');
        }
        return where + ": " + type + (referenceCode == null || referenceCode.isEmpty() ? "" : " [" + referenceCode + "]");
    }
}
