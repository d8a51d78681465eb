package org.minipy.vm.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.minipy.runtime.builtins.Stdio;
import org.minipy.vm.report.GcLogReport;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code minipy report KIND FILE}: reports over files the VM wrote; {@code gclog} for {@code -X gclog}. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Summarise a file the VM wrote (see 'minipy report gclog --help').",
        subcommands = {ReportCommand.GcLogCommand.class})
final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        System.err.println("minipy: report needs a kind of file: minipy report gclog FILE");
        return 2;
    }

    /** {@code minipy report gclog FILE [-o OUT.svg]}. */
    @Command(name = "gclog", mixinStandardHelpOptions = true,
            description = "Print a summary table of a -X gclog file and write its SVG timeline "
                    + "(default: FILE with its suffix replaced by .svg).")
    static final class GcLogCommand implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE", description = "A file written by minipy run -X gclog=FILE.")
        String file;

        @Option(names = "-o", paramLabel = "OUT.svg", description = "Where to write the timeline.")
        String output;

        @Override
        public Integer call() {
            String text;
            try {
                text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                Stdio.err().println("minipy: can't open file '" + file + "': [Errno 2] No such file or directory");
                return 2;
            } catch (java.nio.charset.CharacterCodingException e) {
                Stdio.err().println("minipy: bad gclog file " + file + ": not UTF-8 text");
                return 1;
            } catch (IOException | RuntimeException e) {
                Stdio.err().println("minipy: can't read file '" + file + "': " + e.getMessage());
                return 1;
            }
            List<GcLogReport.Event> events;
            try {
                events = GcLogReport.parse(text);
            } catch (GcLogReport.BadLog e) {
                Stdio.err().println("minipy: bad gclog file " + file + ": " + e.getMessage());
                return 1;
            }
            String out = output != null ? output : defaultOutput(file);
            Stdio.out().print(GcLogReport.table(file, events));
            try {
                Files.writeString(Path.of(out), GcLogReport.svg(file, events), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                Stdio.flush();
                Stdio.err().println("minipy: can't write timeline '" + out + "': " + e.getMessage());
                return 1;
            }
            Stdio.out().println("timeline: " + out);
            Stdio.flush();
            return 0;
        }

        private static String defaultOutput(String file) {
            int slash = file.lastIndexOf('/');
            int point = file.lastIndexOf('.');
            return (point > slash + 1 ? file.substring(0, point) : file) + ".svg";
        }
    }
}
