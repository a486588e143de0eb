package net.claimsnet.flows.engine;

/**
 * An object the checkpoint saves field by field (every non-static, non-transient field, in its
 * class and superclasses), as Quasar's fibers were saved: flows and the helpers they hold. Field
 * values must be primitives, strings, enums, lists, other {@code Checkpointable}s or classes Corda's
 * AMQP serialization accepts; values other than lists must not be mutated once assigned (the
 * checkpoint reuses their bytes while the same object stays in the field). Restoring creates the
 * object without running a constructor and sets the fields back.
 */
public interface Checkpointable {
}
