package net.claimsnet.web.api.limits;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The JSON budget of an endpoint (or of every endpoint of a resource class). An endpoint without one
 * reads its body with the smallest, {@link JsonBudget#ACTION}: every JSON body is bounded, named or not.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface JsonBodyLimit {

    JsonBudget value();
}
