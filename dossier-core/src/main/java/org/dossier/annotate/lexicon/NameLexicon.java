package org.dossier.annotate.lexicon;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dossier.annotate.AnnotatedArticle;
import org.dossier.annotate.Sentence;
import org.dossier.annotate.Token;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The fine-grained name tags Dossier gives on top of the statistical NER: countries, states and provinces, the
 * cities a news reader meets, nationalities, religions, ideologies, titles, causes of death and criminal charges
 * ({@code ner-*.tsv}), place compounds ("London-born", {@code ner-compounds.tsv}), and e-mail addresses, URLs and
 * handles. It replaces CoreNLP's fine-grained pass (TokensRegexNER over the KBP gazetteers, 586,000 rows, about
 * 80 % of annotation time) with the same semantics on a bounded list, compiled into a hash over each entry's first
 * word with the longest entry tried first. Loaded in tens of milliseconds; immutable and thread-safe.
 *
 * <p>Semantics, as CoreNLP's: from left to right, the longest entry that matches at a token is taken and the
 * search goes on after it; it retags those of its tokens whose statistical tag its {@code replaces} column lists
 * ({@code O} included), unless it begins or ends inside a name ("Press Secretary" in "White House Press
 * Secretary" retags nothing) or none of its tokens is tagged as a noun or adjective.
 */
public final class NameLexicon {

    /** The files, in the order their entries are tried for the same phrase (the first listed wins). */
    static final List<String> FILES = List.of("ner-places.tsv", "ner-cities.tsv", "ner-groups.tsv",
            "ner-titles.tsv", "ner-charges.tsv");
    static final String COMPOUNDS = "ner-compounds.tsv";

    private static final Set<String> TAGS = Set.of("COUNTRY", "STATE_OR_PROVINCE", "CITY", "NATIONALITY",
            "RELIGION", "IDEOLOGY", "TITLE", "CAUSE_OF_DEATH", "CRIMINAL_CHARGE");
    private static final Set<String> PLACES = Set.of("COUNTRY", "STATE_OR_PROVINCE", "CITY");
    private static final Pattern NOUN_OR_ADJECTIVE = Pattern.compile("(NN|JJ|ADD).*");
    private static final Pattern EMAIL = Pattern.compile("<?[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,4}>?");
    private static final Pattern URL = Pattern.compile(
            "(?:[a-z]{3,9}://|www\\.)\\S+|\\S+\\.(?:ca|gov|com|edu|net|org|uk|us|de)");
    private static final Pattern HANDLE = Pattern.compile("@[A-Za-z_][A-Za-z_0-9]*");
    private static final String ANY = "*";
    private static final Set<String> SPECIAL = Set.of("EMAIL", "URL", "HANDLE");

    private static volatile NameLexicon standard;

    /** One entry: its words (lower case when caseless), tag, the tags it may replace besides O. */
    private record Entry(String[] words, String tag, Set<String> replaces, boolean caseless) {
    }

    private final Map<String, List<Entry>> caseless = new HashMap<>();
    private final Map<String, List<Entry>> exact = new HashMap<>();
    private final Set<String> suffixes = new HashSet<>();
    private final String digest;
    private final int size;

    private NameLexicon(Path overrides) {
        MessageDigest md = sha256();
        Set<String> seen = new HashSet<>();
        int n = 0;
        for (String name : FILES) {
            LexiconFile file = Lexicon.file(overrides, name).requireColumns("phrase", "tag", "replaces", "match");
            for (LexiconFile.Row row : file.rows()) {
                String tag = row.get("tag");
                if (!TAGS.contains(tag)) {
                    throw row.error("unknown tag '" + tag + "'; use one of " + String.join(", ", TAGS.stream()
                            .sorted().toList()));
                }
                boolean isCaseless = switch (row.get("match")) {
                    case "caseless" -> true;
                    case "exact" -> false;
                    default -> throw row.error("match is '" + row.get("match") + "'; write caseless or exact");
                };
                String phrase = isCaseless ? row.lower("phrase") : row.get("phrase");
                String[] words = phrase.split(" +");
                if (words[0].equals(ANY)) {
                    throw row.error("a phrase cannot start with the wildcard *");
                }
                Set<String> replaces = Set.copyOf(row.list("replaces"));
                if (add(seen, new Entry(words, tag, replaces, isCaseless))) {
                    n++;
                }
                md.update((row.get("phrase") + "\t" + tag + "\t" + row.get("replaces") + "\t" + row.get("match")
                        + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        // a phrase of several words also matches those words joined by hyphens, as one token ("grodzisk-mazowiecki")
        List<Entry> joined = new ArrayList<>();
        for (List<Entry> list : List.of(caseless, exact).stream().flatMap(m -> m.values().stream()).toList()) {
            for (Entry e : list) {
                if (e.words().length > 1 && !List.of(e.words()).contains(ANY)) {
                    joined.add(new Entry(new String[] {String.join("-", e.words())}, e.tag(), e.replaces(),
                            e.caseless()));
                }
            }
        }
        for (Entry e : joined) {
            add(seen, e);
        }
        for (LexiconFile.Row row : Lexicon.file(overrides, COMPOUNDS).requireColumns("suffix").rows()) {
            suffixes.add(row.lower("suffix"));
            md.update(("suffix\t" + row.lower("suffix") + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        Comparator<Entry> longestFirst = Comparator.comparingInt(e -> -e.words().length);
        caseless.values().forEach(l -> l.sort(longestFirst));
        exact.values().forEach(l -> l.sort(longestFirst));
        this.digest = HexFormat.of().formatHex(md.digest()).substring(0, 12);
        this.size = n;
    }

    private boolean add(Set<String> seen, Entry e) {
        String key = (e.caseless() ? "c:" : "e:") + String.join(" ", e.words());
        if (!seen.add(key)) {
            return false; // the first listed wins
        }
        (e.caseless() ? caseless : exact).computeIfAbsent(e.words()[0], k -> new ArrayList<>(2)).add(e);
        return true;
    }

    /** The shipped lists, read once. */
    public static NameLexicon standard() {
        NameLexicon l = standard;
        if (l == null) {
            synchronized (NameLexicon.class) {
                if (standard == null) {
                    standard = new NameLexicon(null);
                }
                l = standard;
            }
        }
        return l;
    }

    /** The shipped lists with the files of {@code dir} named like shipped ones read instead (for tests). */
    public static NameLexicon overriding(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("lexicon override directory " + dir + " does not exist");
        }
        return new NameLexicon(dir);
    }

    /** A short digest of every entry: names the lists in annotation-cache keys, so an edit re-annotates. */
    public String digest() {
        return digest;
    }

    /** The number of entries read (without the hyphen-joined forms the reader adds). */
    public int size() {
        return size;
    }

    /**
     * {@code article} with its tokens' fine-grained tags given anew by these lists from their statistical tags
     * ({@link Token#coarseNer()}); everything else as it was.
     */
    public AnnotatedArticle retag(AnnotatedArticle article) {
        List<Sentence> sentences = new ArrayList<>(article.sentences().size());
        for (Sentence s : article.sentences()) {
            List<Token> tokens = s.tokens();
            List<String> words = new ArrayList<>(tokens.size());
            List<String> pos = new ArrayList<>(tokens.size());
            List<String> ner = new ArrayList<>(tokens.size());
            for (Token t : tokens) {
                words.add(t.word());
                pos.add(t.pos());
                ner.add(t.coarseNer());
            }
            String[] fine = tag(words, pos, ner);
            List<Token> out = new ArrayList<>(tokens.size());
            for (int i = 0; i < tokens.size(); i++) {
                Token t = tokens.get(i);
                out.add(fine[i].equals(t.ner()) ? t : new Token(t.index(), t.start(), t.end(), t.word(), t.lemma(),
                        t.pos(), fine[i], t.coarseNer()));
            }
            sentences.add(new Sentence(s.index(), s.start(), s.end(), out, s.dependencies()));
        }
        return new AnnotatedArticle(article.text(), sentences, article.warnings());
    }

    /**
     * The fine-grained tags of one sentence: {@code ner} (the statistical tags, one per token) with the entries of
     * these lists applied. {@code words} are the tokens as written, {@code pos} their part-of-speech tags.
     */
    public String[] tag(List<String> words, List<String> pos, List<String> ner) {
        int n = words.size();
        String[] tags = ner.toArray(new String[0]);
        String[] lower = new String[n];
        String[] base = new String[n]; // lower case without a place-compound suffix ("london" of "London-born")
        for (int i = 0; i < n; i++) {
            lower[i] = words.get(i).toLowerCase(Locale.ROOT);
            base[i] = stripSuffix(lower[i]);
        }
        int i = 0;
        while (i < n) {
            int matched = matchAt(i, words, lower, base, pos, tags);
            if (matched > 0) {
                i += matched;
                continue;
            }
            String special = special(words.get(i), lower[i]);
            if (special != null && posOk(pos, i, 1) && (tags[i].equals("O") || tags[i].equals("MISC"))) {
                tags[i] = special;
            }
            i++;
        }
        return tags;
    }

    /**
     * Finds the longest entry that matches at token {@code i} and applies it where it may: the number of tokens it
     * spans (they are not looked at again, as in CoreNLP, even when nothing was retagged), or 0.
     */
    private int matchAt(int i, List<String> words, String[] lower, String[] base, List<String> pos, String[] tags) {
        Entry best = null;
        boolean compound = false;
        for (int pass = 0; pass < 2; pass++) {
            List<Entry> candidates = pass == 0 ? caseless.get(lower[i]) : exact.get(words.get(i));
            if (candidates == null) {
                continue;
            }
            for (Entry e : candidates) {
                if (best != null && e.words().length <= best.words().length) {
                    break;
                }
                int m = matches(e, i, words, lower, base);
                if (m != 0) {
                    best = e;
                    compound = m < 0;
                    break;
                }
            }
        }
        if (best == null && base[i] != null) { // a one-token compound whose place is one word: "London-born"
            for (int pass = 0; pass < 2 && best == null; pass++) {
                String key = pass == 0 ? base[i] : stripSuffixCased(words.get(i));
                List<Entry> candidates = key == null ? null : (pass == 0 ? caseless : exact).get(key);
                if (candidates != null) {
                    for (Entry e : candidates) {
                        if (e.words().length == 1 && PLACES.contains(e.tag())) {
                            best = e;
                            compound = true;
                            break;
                        }
                    }
                }
            }
        }
        if (best == null) {
            return 0;
        }
        int len = best.words().length;
        if (!posOk(pos, i, len) || !replaceable(best, compound, i, len, tags)) {
            return len;
        }
        for (int k = i; k < i + len; k++) {
            tags[k] = best.tag();
        }
        return len;
    }

    /**
     * Whether entry {@code e} matches the tokens from {@code i}: its length when it does as written, minus its length
     * when its last word is a place compound ("New York-based" for "new york"), 0 when it does not.
     */
    private int matches(Entry e, int i, List<String> words, String[] lower, String[] base) {
        String[] w = e.words();
        if (i + w.length > lower.length) {
            return 0;
        }
        boolean compound = false;
        for (int k = 0; k < w.length; k++) {
            String token = e.caseless() ? lower[i + k] : words.get(i + k);
            if (w[k].equals(ANY) || w[k].equals(token)) {
                continue;
            }
            if (k == w.length - 1 && k > 0 && PLACES.contains(e.tag()) && base[i + k] != null
                    && w[k].equals(e.caseless() ? base[i + k] : stripSuffixCased(words.get(i + k)))) {
                compound = true;
                continue;
            }
            return 0;
        }
        return compound ? -w.length : w.length;
    }

    /**
     * Whether entry {@code e} retags tokens {@code i .. i+len-1}, as CoreNLP's TokensRegexNER decides: always when
     * they are all LOCATION; never when the span begins or ends inside a PERSON, ORGANIZATION or LOCATION name that
     * goes on beyond it; when their tags differ, yes; when they share one, if the entry replaces it.
     */
    private static boolean replaceable(Entry e, boolean compound, int i, int len, String[] tags) {
        boolean allLocation = true;
        for (int k = i; k < i + len; k++) {
            allLocation &= tags[k].equals("LOCATION");
        }
        if (allLocation) {
            return true;
        }
        String first = tags[i];
        String last = tags[i + len - 1];
        if ((!background(first) && i > 0 && tags[i - 1].equals(first))
                || (!background(last) && i + len < tags.length && tags[i + len].equals(last))) {
            return false;
        }
        for (int k = i + 1; k < i + len; k++) {
            if (!tags[k].equals(first)) {
                return true;
            }
        }
        Set<String> replaces = compound ? (e.tag().equals("CITY") ? Set.of("MISC") : Set.of("MISC", "O"))
                : e.replaces();
        return replaces.contains(first) || (TAGS.contains(first) && !e.tag().equals("CITY"));
    }

    /** O, MISC or a tag of these lists: what CoreNLP's pass treats as no name of its own. */
    private static boolean background(String tag) {
        return tag.equals("O") || tag.equals("MISC") || TAGS.contains(tag) || SPECIAL.contains(tag);
    }

    private static boolean posOk(List<String> pos, int i, int len) {
        for (int k = i; k < i + len; k++) {
            String p = pos.get(k);
            if (p != null && NOUN_OR_ADJECTIVE.matcher(p).matches()) {
                return true;
            }
        }
        return false;
    }

    private String stripSuffix(String lowerWord) {
        int dash = lowerWord.lastIndexOf('-');
        if (dash <= 0 || dash == lowerWord.length() - 1 || !suffixes.contains(lowerWord.substring(dash + 1))) {
            return null;
        }
        return lowerWord.substring(0, dash);
    }

    private String stripSuffixCased(String word) {
        String lowerBase = stripSuffix(word.toLowerCase(Locale.ROOT));
        return lowerBase == null ? null : word.substring(0, lowerBase.length());
    }

    /** E-mail addresses, URLs and handles, as CoreNLP's fine-grained pass tags them. */
    private static String special(String word, String lower) {
        if (word.indexOf('@') >= 0) {
            if (EMAIL.matcher(lower).matches()) {
                return "EMAIL";
            }
            if (HANDLE.matcher(word).matches()) {
                return "HANDLE";
            }
        }
        if (word.indexOf('.') > 0 && URL.matcher(lower).matches()) {
            return "URL";
        }
        return null;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM has no SHA-256", e);
        }
    }
}
