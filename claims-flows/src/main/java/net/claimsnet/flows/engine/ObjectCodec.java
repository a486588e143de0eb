package net.claimsnet.flows.engine;

import net.corda.core.contracts.StateRef;
import net.corda.core.contracts.UniqueIdentifier;
import net.corda.core.crypto.SecureHash;
import net.corda.core.identity.CordaX500Name;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes and reads the values a checkpoint holds: {@link Checkpointable} objects field by field,
 * lists element by element, simple values directly and everything else in Corda's AMQP encoding.
 * The AMQP bytes of an object are reused while the same object stays in the flow (states and
 * transactions are immutable), so a checkpoint at every wait costs little more than its new values.
 */
final class ObjectCodec {

    private static final int NULL = 0;
    private static final int STRING = 1;
    private static final int INT = 2;
    private static final int LONG = 3;
    private static final int BOOLEAN = 4;
    private static final int ENUM = 5;
    private static final int OBJECT = 6;
    private static final int LIST = 7;
    private static final int AMQP = 8;
    private static final int BYTES = 9;
    private static final int WIRE = 10;
    // Values every claim flow holds (names, hashes, ids, state refs): an AMQP document each, with its
    // schema, cost more than the rest of a checkpoint; written field by field instead.
    private static final int NAME = 11;
    private static final int SHA256 = 12;
    private static final int LINEAR_ID = 13;
    private static final int STATE_REF = 14;

    /** Names as text, by name: the network has a few, toString() formats them through X.500 each time. */
    private static final Map<CordaX500Name, String> NAME_TEXT = new ConcurrentHashMap<>();
    private static final int NAME_TEXT_LIMIT = 4096;

    private static final Map<Class<?>, List<Field>> FIELDS = new ConcurrentHashMap<>();
    private static final Map<Class<?>, Constructor<?>> CONSTRUCTORS = new ConcurrentHashMap<>();
    private static final Map<String, Class<?>> CLASSES = new ConcurrentHashMap<>();

    /** AMQP bytes by object identity: those used by the last encoding, and those used by this one. */
    private Map<Object, byte[]> previous = new IdentityHashMap<>();
    private Map<Object, byte[]> current = new IdentityHashMap<>();

    /** Starts an encoding pass; values not written again are forgotten at the end of it. */
    void beginPass() {
        current = new IdentityHashMap<>();
    }

    void endPass() {
        previous = current;
    }

    void write(DataOutputStream out, Object value) throws IOException {
        if (value == null) {
            out.writeByte(NULL);
        } else if (value instanceof String) {
            out.writeByte(STRING);
            out.writeUTF((String) value);
        } else if (value instanceof Integer) {
            out.writeByte(INT);
            out.writeInt((Integer) value);
        } else if (value instanceof Long) {
            out.writeByte(LONG);
            out.writeLong((Long) value);
        } else if (value instanceof Boolean) {
            out.writeByte(BOOLEAN);
            out.writeBoolean((Boolean) value);
        } else if (value instanceof Enum) {
            out.writeByte(ENUM);
            out.writeUTF(((Enum<?>) value).getDeclaringClass().getName());
            out.writeUTF(((Enum<?>) value).name());
        } else if (value instanceof Checkpointable) {
            out.writeByte(OBJECT);
            writeObject(out, value);
        } else if (value instanceof List) {
            out.writeByte(LIST);
            List<?> list = (List<?>) value;
            out.writeInt(list.size());
            for (Object element : list) {
                write(out, element);
            }
        } else if (value instanceof byte[]) {
            out.writeByte(BYTES);
            writeBytes(out, (byte[]) value);
        } else if (value instanceof CordaX500Name) {
            out.writeByte(NAME);
            out.writeUTF(nameText((CordaX500Name) value));
        } else if (value instanceof SecureHash.SHA256) {
            out.writeByte(SHA256);
            writeSha256(out, (SecureHash) value);
        } else if (value instanceof UniqueIdentifier) {
            UniqueIdentifier id = (UniqueIdentifier) value;
            out.writeByte(LINEAR_ID);
            out.writeBoolean(id.getExternalId() != null);
            if (id.getExternalId() != null) {
                out.writeUTF(id.getExternalId());
            }
            out.writeLong(id.getId().getMostSignificantBits());
            out.writeLong(id.getId().getLeastSignificantBits());
        } else if (value instanceof StateRef && ((StateRef) value).getTxhash() instanceof SecureHash.SHA256) {
            out.writeByte(STATE_REF);
            writeSha256(out, ((StateRef) value).getTxhash());
            out.writeInt(((StateRef) value).getIndex());
        } else if (WireCodec.handles(value)) {
            // Transactions change at most steps (each new signature makes a new object): the lean encoding is far cheaper.
            out.writeByte(WIRE);
            writeBytes(out, wire(value));
        } else {
            out.writeByte(AMQP);
            writeBytes(out, amqp(value));
        }
    }

    Object read(DataInputStream in) throws IOException {
        int tag = in.readUnsignedByte();
        switch (tag) {
            case NULL:
                return null;
            case STRING:
                return in.readUTF();
            case INT:
                return in.readInt();
            case LONG:
                return in.readLong();
            case BOOLEAN:
                return in.readBoolean();
            case ENUM:
                return enumValue(in.readUTF(), in.readUTF());
            case OBJECT:
                return readObject(in);
            case LIST: {
                int size = in.readInt();
                List<Object> list = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    list.add(read(in));
                }
                return list;
            }
            case BYTES:
                return readBytes(in);
            case NAME:
                return CordaX500Name.parse(in.readUTF());
            case SHA256:
                return readSha256(in);
            case LINEAR_ID: {
                String externalId = in.readBoolean() ? in.readUTF() : null;
                return new UniqueIdentifier(externalId, new UUID(in.readLong(), in.readLong()));
            }
            case STATE_REF:
                return new StateRef(readSha256(in), in.readInt());
            case WIRE: {
                byte[] bytes = readBytes(in);
                Object value = WireCodec.decode(bytes);
                current.put(value, bytes);
                return value;
            }
            case AMQP: {
                byte[] bytes = readBytes(in);
                Object value = Payloads.deserializeFromStorage(bytes);
                current.put(value, bytes);
                return value;
            }
            default:
                throw new IOException("Unknown value tag " + tag + " in checkpoint");
        }
    }

    private static String nameText(CordaX500Name name) {
        String text = NAME_TEXT.get(name);
        if (text == null) {
            if (NAME_TEXT.size() >= NAME_TEXT_LIMIT) {
                NAME_TEXT.clear();
            }
            text = name.toString();
            NAME_TEXT.put(name, text);
        }
        return text;
    }

    private static void writeSha256(DataOutputStream out, SecureHash hash) throws IOException {
        hash.writeTo(out);
    }

    private static SecureHash readSha256(DataInputStream in) throws IOException {
        byte[] bytes = new byte[32];
        in.readFully(bytes);
        return SecureHash.createSHA256(bytes);
    }

    static void writeBytes(DataOutputStream out, byte[] bytes) throws IOException {
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static byte[] readBytes(DataInputStream in) throws IOException {
        byte[] bytes = new byte[in.readInt()];
        in.readFully(bytes);
        return bytes;
    }

    private byte[] amqp(Object value) {
        if (value instanceof Collection || value instanceof Map) {
            return Payloads.serializeForStorage(value);
        }
        byte[] bytes = previous.get(value);
        if (bytes == null) {
            bytes = current.get(value);
        }
        if (bytes == null) {
            bytes = Payloads.serializeForStorage(value);
        }
        current.put(value, bytes);
        return bytes;
    }

    private byte[] wire(Object value) {
        byte[] bytes = previous.get(value);
        if (bytes == null) {
            bytes = current.get(value);
        }
        if (bytes == null) {
            bytes = WireCodec.encode(value);
        }
        current.put(value, bytes);
        return bytes;
    }

    private void writeObject(DataOutputStream out, Object value) throws IOException {
        Class<?> type = value.getClass();
        out.writeUTF(type.getName());
        List<Field> fields = fieldsOf(type);
        out.writeShort(fields.size());
        for (Field field : fields) {
            out.writeUTF(field.getName());
            try {
                write(out, field.get(value));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Cannot read field " + field + " for a checkpoint", e);
            }
        }
    }

    private Object readObject(DataInputStream in) throws IOException {
        Class<?> type = classNamed(in.readUTF());
        Object instance = instantiate(type);
        int count = in.readUnsignedShort();
        List<Field> fields = fieldsOf(type);
        for (int i = 0; i < count; i++) {
            String name = in.readUTF();
            Object value = read(in);
            Field field = fields.stream().filter(f -> f.getName().equals(name)).findFirst()
                    .orElseThrow(() -> new IOException("The checkpoint names a field " + name + " that "
                            + type.getName() + " no longer has"));
            try {
                field.set(instance, value);
            } catch (IllegalAccessException | IllegalArgumentException e) {
                throw new IOException("Cannot restore field " + field + " from a checkpoint", e);
            }
        }
        return instance;
    }

    private static List<Field> fieldsOf(Class<?> type) {
        return FIELDS.computeIfAbsent(type, t -> {
            List<Field> fields = new ArrayList<>();
            for (Class<?> c = t; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    int modifiers = field.getModifiers();
                    if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()) {
                        continue;
                    }
                    field.setAccessible(true);
                    fields.add(field);
                }
            }
            fields.sort(Comparator.comparing(Field::getName));
            for (int i = 1; i < fields.size(); i++) {
                if (fields.get(i).getName().equals(fields.get(i - 1).getName())) {
                    throw new IllegalStateException(t.getName() + " has two fields named " + fields.get(i).getName()
                            + " in its class hierarchy; a checkpoint cannot tell them apart");
                }
            }
            return fields;
        });
    }

    /**
     * Creates the object as Java serialization does, without running its constructor: its fields
     * come from the checkpoint. Uses the JDK's serialization constructor factory
     * ({@code sun.reflect.ReflectionFactory} of module jdk.unsupported, as Kryo and Objenesis do),
     * looked up reflectively so that flows need no constructor written for the engine.
     */
    private static Object instantiate(Class<?> type) throws IOException {
        try {
            Constructor<?> constructor = CONSTRUCTORS.computeIfAbsent(type, ObjectCodec::serializationConstructor);
            return constructor.newInstance();
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IOException("Cannot re-create a " + type.getName() + " from a checkpoint", e);
        }
    }

    private static Constructor<?> serializationConstructor(Class<?> type) {
        try {
            Class<?> factoryClass = Class.forName("sun.reflect.ReflectionFactory");
            Object factory = factoryClass.getMethod("getReflectionFactory").invoke(null);
            Constructor<?> constructor = (Constructor<?>) factoryClass
                    .getMethod("newConstructorForSerialization", Class.class, Constructor.class)
                    .invoke(factory, type, Object.class.getDeclaredConstructor());
            constructor.setAccessible(true);
            return constructor;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("This JVM cannot re-create objects without their constructors", e);
        }
    }

    private static Class<?> classNamed(String name) throws IOException {
        Class<?> type = CLASSES.get(name);
        if (type != null) {
            return type;
        }
        try {
            type = Class.forName(name, false, ObjectCodec.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IOException("The checkpoint names a class " + name + " this node does not have", e);
        }
        if (!Checkpointable.class.isAssignableFrom(type) && !type.isEnum()) {
            throw new IOException("The checkpoint names " + name + ", which is not checkpointable");
        }
        CLASSES.put(name, type);
        return type;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(String className, String name) throws IOException {
        return Enum.valueOf((Class) classNamed(className), name);
    }
}
