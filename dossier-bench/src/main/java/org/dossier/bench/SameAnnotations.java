package org.dossier.bench;

import org.dossier.annotate.CachingAnnotator;
import org.dossier.annotate.corenlp.CoreNlpAnnotator;
import org.dossier.ingest.ArticleInput;
import org.dossier.ingest.ArticleReader;
import org.dossier.model.Article;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Whether this build's annotator gives, byte for byte, the annotations an annotation cache holds for the same
 * profile ({@link CoreNlpAnnotator#PROFILE}): for every article of the corpora given that the reference cache has,
 * annotates it afresh (Dossier's profile without its name lists, as the cache keeps it) into a temporary cache and
 * compares the two JSON files. A change to the annotator that keeps the profile key must pass this over the
 * benchmark sets; one that fails it must bump the key.
 *
 * <p>Usage: {@code SameAnnotations --reference DIR [--limit N] CORPUS_DIR...}; exits 1 when any annotation differs.
 */
public final class SameAnnotations {

    public static void main(String[] args) throws IOException {
        Path reference = null;
        int limit = Integer.MAX_VALUE;
        List<String> corpora = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--reference" -> reference = Path.of(args[++i]);
                case "--limit" -> limit = Integer.parseInt(args[++i]);
                default -> corpora.add(args[i]);
            }
        }
        if (reference == null || corpora.isEmpty()) {
            System.err.println("usage: SameAnnotations --reference CACHE_DIR [--limit N] CORPUS_DIR...");
            System.exit(2);
        }
        Path fresh = Files.createTempDirectory("same-annotations-");
        CachingAnnotator annotator = new CachingAnnotator(fresh, CoreNlpAnnotator.PROFILE,
                CoreNlpAnnotator::withoutNameLists);
        Path ref = reference;
        int same = 0;
        int absent = 0;
        List<String> differ = new ArrayList<>();
        long start = System.nanoTime();
        for (String corpus : corpora) {
            List<Article> articles = new ArrayList<>();
            new ArticleReader(InputStream.nullInputStream()).read(List.of(corpus), in -> {
                if (in instanceof ArticleInput.Loaded l) {
                    articles.add(l.article());
                }
            });
            int done = 0;
            for (Article a : articles.subList(0, Math.min(limit, articles.size()))) {
                List<Path> before = list(fresh);
                annotator.annotate(a.text());
                Path made = list(fresh).stream().filter(p -> !before.contains(p)).findFirst().orElse(null);
                done++;
                if (made == null) {
                    continue; // the same text twice
                }
                Path expected = ref.resolve(made.getFileName());
                if (!Files.exists(expected)) {
                    absent++;
                } else if (Files.mismatch(expected, made) == -1) {
                    same++;
                } else {
                    differ.add(corpus + ": " + a.id() + " (" + made.getFileName() + ")");
                }
                if (done % 10 == 0 || done == articles.size()) {
                    double secs = (System.nanoTime() - start) / 1e9;
                    System.err.printf(Locale.ROOT, "%s: %d/%d; identical %d, different %d, not in the reference %d;"
                            + " %.0f s%n", corpus, done, Math.min(limit, articles.size()), same, differ.size(), absent,
                            secs);
                }
            }
        }
        System.out.printf(Locale.ROOT, "profile %s: %d annotations identical to %s, %d different, %d not in it%n",
                CoreNlpAnnotator.PROFILE, same, ref, differ.size(), absent);
        differ.forEach(d -> System.out.println("different: " + d));
        System.out.println("fresh annotations kept in " + fresh);
        System.exit(differ.isEmpty() ? 0 : 1);
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }
}
