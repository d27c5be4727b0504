package io.github.quarkmcp.deployment.test;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles Java source at test time, for classes the Maven build cannot produce: the test sources are compiled with
 * {@code -parameters}, so a class without parameter names has to be compiled here with other options.
 */
final class InMemoryJavaCompiler {

    private InMemoryJavaCompiler() {
    }

    /**
     * The bytecode of every class in {@code source}, by class name ({@code org.acme.Tools$Inner}), compiled against
     * the test class path.
     */
    static Map<String, byte[]> compile(String className, String source, String... options) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("These tests need a JDK: the running Java has no compiler");
        }
        List<String> arguments = new ArrayList<>(List.of(options));
        arguments.add("-classpath");
        arguments.add(System.getProperty("java.class.path"));
        Map<String, ByteArrayOutputStream> outputs = new TreeMap<>();
        StringWriter diagnostics = new StringWriter();
        StandardJavaFileManager files = compiler.getStandardFileManager(null, null, null);
        JavaFileManager inMemory = new ForwardingJavaFileManager<>(files) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String name, JavaFileObject.Kind kind,
                    FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + name.replace('.', '/') + kind.extension), kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        return outputs.computeIfAbsent(name, ignored -> new ByteArrayOutputStream());
                    }
                };
            }
        };
        boolean compiled = compiler.getTask(diagnostics, inMemory, null, arguments, null,
                List.of(new Source(className, source))).call();
        if (!compiled) {
            throw new IllegalStateException("Cannot compile " + className + ":\n" + diagnostics);
        }
        Map<String, byte[]> classes = new TreeMap<>();
        outputs.forEach((name, bytes) -> classes.put(name, bytes.toByteArray()));
        return classes;
    }

    /** The path of a class file in an archive: {@code org/acme/Tools.class}. */
    static String classFile(String className) {
        return className.replace('.', '/') + JavaFileObject.Kind.CLASS.extension;
    }

    private static final class Source extends SimpleJavaFileObject {

        private final String text;

        Source(String className, String text) {
            super(URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
