package net.claimsnet.storage.jpa.standalone;

import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;

/**
 * The node's entities have no JSON columns. Outside a server the JSON-B API is on the class path
 * (from the Jakarta EE API) without an implementation, and Hibernate, finding the API, would try
 * to start one and fail; naming this mapper stops that search.
 */
public final class NoJsonFormatMapper implements FormatMapper {

    @Override
    public <T> T fromString(CharSequence charSequence, JavaType<T> javaType, WrapperOptions wrapperOptions) {
        throw new UnsupportedOperationException("The node's entities have no JSON columns");
    }

    @Override
    public <T> String toString(T value, JavaType<T> javaType, WrapperOptions wrapperOptions) {
        throw new UnsupportedOperationException("The node's entities have no JSON columns");
    }
}
