package org.dossier.cli;

import org.dossier.pipeline.FakePipelines;

import picocli.CommandLine;

import java.io.InputStream;

/**
 * {@code dossier} with a slow model-free pipeline, run in a child JVM by {@link IngestCommandTest} so that it can be
 * killed with SIGKILL in the middle of an ingest. Arguments as for {@code dossier}; the first is the milliseconds
 * each article takes.
 */
public final class SlowIngest {

    private SlowIngest() {
    }

    public static void main(String[] args) {
        long millis = Long.parseLong(args[0]);
        String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        CommandLine cl = new CommandLine(new Main(), new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == IngestCommand.class) {
                    return cls.cast(new IngestCommand(() -> FakePipelines.capitalized(millis), InputStream.nullInputStream()));
                }
                return CommandLine.defaultFactory().create(cls);
            }
        });
        System.exit(cl.execute(rest));
    }
}
