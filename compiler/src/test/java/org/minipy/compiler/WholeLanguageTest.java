package org.minipy.compiler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.minipy.compiler.bytecode.CompilationUnit;
import org.minipy.compiler.bytecode.Disassembler;
import org.minipy.compiler.bytecode.MpycReader;
import org.minipy.compiler.bytecode.MpycWriter;
import org.minipy.compiler.bytecode.Verifier;

/**
 * Golden disassemblies (compiler/src/test/resources/golden: each {@code X.py} beside its {@code X.dis};
 * regenerate with {@code -Dgolden.update=true} after checking the change by eye) and the
 * compile, write, read, compare round trip of every script of the differential corpus
 * ({@code tests/corpus}) and the shared benchmarks ({@code ../shared/bench}), when present.
 */
class WholeLanguageTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden");

    static List<Path> scripts(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
    }

    static List<Path> corpus() throws IOException {
        List<Path> all = new ArrayList<>(scripts(GOLDEN));
        all.addAll(scripts(Path.of("../tests/corpus")));
        all.addAll(scripts(Path.of("../../shared/bench")));
        all.addAll(scripts(Path.of("../examples")));
        return all;
    }

    @TestFactory
    Stream<DynamicTest> goldenDisassembly() throws IOException {
        return scripts(GOLDEN).stream().map(py -> DynamicTest.dynamicTest(py.getFileName().toString(), () -> {
            String src = Files.readString(py, StandardCharsets.UTF_8);
            CompilationUnit unit = Compiler.compile(src, py.getFileName().toString());
            String dis = Disassembler.disassemble(unit);
            Path golden = Path.of(py.toString().replaceAll("\\.py$", ".dis"));
            if (Boolean.getBoolean("golden.update") || !Files.exists(golden)) {
                Files.writeString(golden, dis, StandardCharsets.UTF_8);
            }
            assertEquals(Files.readString(golden, StandardCharsets.UTF_8), dis);
        }));
    }

    @TestFactory
    Stream<DynamicTest> roundTripOfEveryCorpusScript() throws IOException {
        return corpus().stream().map(py -> DynamicTest.dynamicTest(py.toString(), () -> {
            String src = Files.readString(py, StandardCharsets.UTF_8);
            CompilationUnit unit;
            try {
                unit = Compiler.compile(src, py.toString());
            } catch (CompileError e) {
                return; // the errors corpus: a SyntaxError is the expected outcome
            }
            Verifier.verify(unit);
            byte[] bytes = MpycWriter.write(unit);
            CompilationUnit back = MpycReader.read(bytes);
            Units.assertSameUnit(unit, back, py.toString());
            assertArrayEquals(bytes, MpycWriter.write(back));
            assertEquals(Disassembler.disassemble(unit), Disassembler.disassemble(back));
        }));
    }
}
