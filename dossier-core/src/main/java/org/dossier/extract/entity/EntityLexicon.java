package org.dossier.extract.entity;

import org.dossier.model.EntityType;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The small word lists the entity layer reads (title words, honorifics, organization and place head words,
 * description nouns, places named with their article), loaded once from this package's resources; the lists about
 * names themselves (given names, surname particles, pronouns) are the names API's ({@link Names}), read through
 * the same loader ({@link #lines}). Immutable, so one instance is shared by every thread.
 */
final class EntityLexicon {

    /** What a definite description ("the alliance") may refer to: a type and the kinds it accepts. */
    record DescriptionTarget(EntityType type, Set<String> kinds) {
    }

    private final Set<String> titleWords;
    private final Map<String, Gender> honorifics;
    private final Set<String> corporateSuffixes;
    private final Map<String, String> organizationHeads;
    private final Set<String> organizationLeads;
    private final Set<String> locationHeads;
    private final Set<String> articlePlaces;
    private final Set<String> organizationDescriptors;
    private final Set<String> mediaRoles;
    private final Set<String> productNouns;
    private final Map<String, DescriptionTarget> descriptions;

    private EntityLexicon() {
        titleWords = Set.copyOf(lower(lines("title-words.txt")));
        honorifics = Map.copyOf(genders(lines("honorifics.txt")));
        corporateSuffixes = Set.copyOf(lower(lines("corporate-suffixes.txt")));
        Map<String, String> heads = new HashMap<>();
        for (String[] row : rows(lines("organization-heads.txt"), 2)) {
            heads.put(row[0], row[1]);
        }
        organizationHeads = Map.copyOf(heads);
        organizationLeads = Set.copyOf(lines("organization-leads.txt"));
        locationHeads = Set.copyOf(lines("location-heads.txt"));
        articlePlaces = Set.copyOf(lines("article-places.txt"));
        organizationDescriptors = Set.copyOf(lower(lines("organization-descriptors.txt")));
        mediaRoles = Set.copyOf(lower(lines("media-roles.txt")));
        productNouns = Set.copyOf(lower(lines("product-nouns.txt")));
        Map<String, DescriptionTarget> desc = new HashMap<>();
        for (String[] row : rows(lines("descriptions.txt"), 3)) {
            desc.put(row[0], new DescriptionTarget(EntityType.valueOf(row[1]), Set.of(row[2].split(" "))));
        }
        descriptions = Map.copyOf(desc);
    }

    /** Reads the lists from the classpath; fails with the resource's name when one is missing. */
    static EntityLexicon load() {
        return new EntityLexicon();
    }

    /** "president", "Secretary", "CEO", "chief": a word of a person's title (any case). */
    boolean isTitleWord(String word) {
        return titleWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The gender an honorific ("Mr.", "Mrs") implies, or {@code null} when the word is no honorific. */
    Gender honorific(String word) {
        return honorifics.get(word.toLowerCase(Locale.ROOT));
    }

    /** The gender a given name usually implies; {@link Gender#UNKNOWN} when unlisted or used for both. */
    Gender firstNameGender(String word) {
        return Names.givenNameGender(word);
    }

    /** "Inc.", "PLC", "Group": a legal-form word that may end an organization name (any case). */
    boolean isCorporateSuffix(String word) {
        return corporateSuffixes.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The kind of organization a name ending in {@code word} names ("Airlines" → airline), or {@code null}. */
    String organizationKind(String word) {
        return organizationHeads.get(word);
    }

    boolean isOrganizationLead(String word) {
        return organizationLeads.contains(word);
    }

    boolean isLocationHead(String word) {
        return locationHeads.contains(word);
    }

    /**
     * Whether the place named {@code name} (its words joined by single spaces, as written: "Hague") takes a
     * capitalized "The" as part of its name ("The Hague", "The Gambia").
     */
    boolean takesArticle(String name) {
        return articlePlaces.contains(name);
    }

    /** "de", "van", "bin": a particle that opens a surname ("de Vries"), in any case. */
    boolean isNameParticle(String word) {
        return Names.isParticle(word);
    }

    /** "retailer", "maker": a common noun that introduces an organization's name right after it. */
    boolean isOrganizationDescriptor(String word) {
        return organizationDescriptors.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "journalist", "reporter": someone who works for a news outlet. */
    boolean isMediaRole(String word) {
        return mediaRoles.contains(word.toLowerCase(Locale.ROOT));
    }

    /** "computers", "jets": a noun that, after a name, says the name is a product's. */
    boolean isProductNoun(String word) {
        return productNouns.contains(word.toLowerCase(Locale.ROOT));
    }

    /** What "the {@code noun}" may refer to, or {@code null} when the noun is no known description head. */
    DescriptionTarget description(String noun) {
        return descriptions.get(noun.toLowerCase(Locale.ROOT));
    }

    /**
     * The entity layer's one loader: the lines of the word list {@code resource} beside this class, blank lines and
     * {@code #} comments left out; fails with the resource's name when it is missing.
     */
    static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = EntityLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("entity lexicon resource '" + resource + "' is missing from "
                        + "org/dossier/extract/entity on the classpath; rebuild dossier-core");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read entity lexicon resource '" + resource + "'", e);
        }
        return out;
    }

    private static List<String> lower(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    static List<String[]> rows(List<String> lines, int columns) {
        List<String[]> out = new ArrayList<>();
        for (String line : lines) {
            String[] row = line.split("\t");
            if (row.length != columns) {
                throw new IllegalStateException("entity lexicon line '" + line + "' has " + row.length
                        + " tab-separated columns, expected " + columns);
            }
            out.add(row);
        }
        return out;
    }

    static Map<String, Gender> genders(List<String> lines) {
        Map<String, Gender> out = new HashMap<>();
        Set<String> both = new HashSet<>();
        for (String[] row : rows(lines, 2)) {
            Gender g = Gender.valueOf(row[1]);
            Gender before = out.put(row[0], g);
            if (before != null && before != g) {
                both.add(row[0]);
            }
        }
        both.forEach(out::remove);
        return Map.copyOf(out);
    }
}
