package io.github.quarkmcp.deployment.forms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

import io.quarkus.deployment.ApplicationArchive;

/**
 * Finds the records the application asks the client to fill in: the class literals passed to
 * {@code McpContext.elicit(String, Class)} and {@code McpContext.elicitAsync(String, Class)}, read from the
 * bytecode of the application's classes.
 * <p>
 * Jandex records annotations and signatures, not method bodies, so only the bytecode shows which class a call passes.
 * A class literal is an {@code LDC} of a class constant, and as the last argument it is the last value pushed before
 * the call: javac compiles {@code ctx.elicit("Book a table", Booking.class)} to
 * {@code ldc "Book a table"; ldc Booking; invokeinterface McpContext.elicit}. A call whose class comes from anywhere
 * else (a variable, a method's result) is not a form the build can know; the run time refuses it with a message
 * that says how to fix it.
 */
public final class FormCallSites {

    private static final String MCP_CONTEXT = "io/github/quarkmcp/McpContext";
    private static final Set<String> ASKING_METHODS = Set.of("elicit", "elicitAsync");
    /** The {@code (String message, Class<T> form)} overloads; the others take a schema map or a URL. */
    private static final String FORM_ARGUMENTS = "(Ljava/lang/String;Ljava/lang/Class;)";
    /**
     * A class that calls a method of {@code McpContext} names it in its constant pool: a byte search that rules out
     * nearly every class before ASM parses anything.
     */
    private static final byte[] MCP_CONTEXT_BYTES = MCP_CONTEXT.getBytes(StandardCharsets.UTF_8);

    /** Each form's binary name, with the methods that ask it; both sorted, so that messages are stable. */
    private final Map<String, SortedSet<String>> callSitesByForm = new TreeMap<>();

    /** Scans every class of {@code archive}. */
    public void scan(ApplicationArchive archive) {
        archive.accept(tree -> tree.walk(visit -> {
            String path = visit.getRelativePath("/");
            // Multi-release variants repeat a class that is scanned at its own path already.
            if (path.endsWith(".class") && !path.startsWith("META-INF/") && !path.endsWith("module-info.class")) {
                try {
                    scan(Files.readAllBytes(visit.getPath()));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + path + " of " + archive.getKey(), e);
                }
            }
        }));
    }

    /** Scans one class file. */
    public void scan(byte[] classFile) {
        if (!contains(classFile, MCP_CONTEXT_BYTES)) {
            return;
        }
        ClassNode type = new ClassNode();
        // Frames and debug information (line numbers, local names) are not instructions: skipping them leaves the
        // literal right before the call.
        new ClassReader(classFile).accept(type, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        for (MethodNode method : type.methods) {
            for (AbstractInsnNode instruction : method.instructions) {
                if (isFormQuestion(instruction)) {
                    Type form = classLiteralBefore(instruction);
                    if (form != null) {
                        callSitesByForm.computeIfAbsent(form.getClassName(), name -> new TreeSet<>())
                                .add(describe(type, method));
                    }
                }
            }
        }
    }

    /**
     * The forms found, by binary name ({@code org.acme.Tools$Booking}), sorted, each with the methods that ask it,
     * as {@code org.acme.Tools#book(io.github.quarkmcp.McpContext)}.
     */
    public Map<String, SortedSet<String>> callSitesByForm() {
        return callSitesByForm;
    }

    private static boolean isFormQuestion(AbstractInsnNode instruction) {
        if (instruction.getOpcode() != Opcodes.INVOKEINTERFACE) {
            return false;
        }
        MethodInsnNode call = (MethodInsnNode) instruction;
        return call.owner.equals(MCP_CONTEXT) && ASKING_METHODS.contains(call.name)
                && call.desc.startsWith(FORM_ARGUMENTS);
    }

    /** The class pushed by the instruction before {@code call}, if that is an {@code LDC} of a class; else null. */
    private static Type classLiteralBefore(AbstractInsnNode call) {
        AbstractInsnNode previous = call.getPrevious();
        // Labels are pseudo-instructions (opcode -1): a jump target between the two changes nothing pushed.
        while (previous != null && previous.getOpcode() < 0) {
            previous = previous.getPrevious();
        }
        if (previous instanceof LdcInsnNode ldc && ldc.cst instanceof Type type
                && (type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY)) {
            return type;
        }
        return null;
    }

    private static String describe(ClassNode type, MethodNode method) {
        StringBuilder description = new StringBuilder(type.name.replace('/', '.')).append('#').append(method.name)
                .append('(');
        Type[] parameters = Type.getArgumentTypes(method.desc);
        for (int i = 0; i < parameters.length; i++) {
            description.append(i > 0 ? "," : "").append(parameters[i].getClassName());
        }
        return description.append(')').toString();
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
