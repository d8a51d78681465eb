package org.minipy.runtime.seeing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Rendering DOT files with graphviz's {@code dot} program, found on PATH as objgraph finds it. minipy
 * writes the DOT text itself; only PNG and SVG need graphviz.
 */
public final class Graphviz {
    /** What to tell a user who has no {@code dot}: which package brings it. */
    public static final String INSTALL_HINT = "install the graphviz package (e.g. apt-get install graphviz)";

    private Graphviz() {}

    /** The dot program on PATH, or null. */
    public static Path findDot() {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path p = Path.of(dir, "dot");
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    /** The outcome of one run of dot: exit status and the command line as objgraph prints it. */
    public record Result(int status, String command, String stderr) {}

    /**
     * Runs {@code dot -T<format> -o<output> <dotFile>} with the format taken from output's suffix.
     * Status 127 if the program could not be started.
     */
    public static Result render(Path dot, String dotFile, String output) {
        int slash = output.lastIndexOf('/');
        int point = output.lastIndexOf('.');
        String format = point > slash ? output.substring(point + 1) : "";
        List<String> cmd = List.of(dot.toString(), "-T" + format, "-o" + output, dotFile);
        String shown = String.join(" ", List.of("dot", "-T" + format, "-o" + output, dotFile));
        try {
            Process p = new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            String err = new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(124, shown, "timed out");
            }
            return new Result(p.exitValue(), shown, err);
        } catch (IOException e) {
            return new Result(127, shown, String.valueOf(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(130, shown, "interrupted");
        }
    }
}
