package org.dossier.annotate;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads and writes {@link AnnotatedArticle}s as JSON: the on-disk form of annotation caches and of the canned
 * annotations unit tests use instead of loading models. Thread-safe.
 */
public final class AnnotatedArticleJson {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private AnnotatedArticleJson() {
    }

    public static AnnotatedArticle read(Path file) throws IOException {
        return JSON.readValue(file.toFile(), AnnotatedArticle.class);
    }

    public static AnnotatedArticle read(InputStream in) throws IOException {
        return JSON.readValue(in, AnnotatedArticle.class);
    }

    public static void write(AnnotatedArticle article, Path file) throws IOException {
        JSON.writeValue(file.toFile(), article);
    }
}
