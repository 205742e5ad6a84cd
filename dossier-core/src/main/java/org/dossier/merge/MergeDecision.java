package org.dossier.merge;

/**
 * Whether an article's entity joins a corpus entity, and why.
 *
 * @param target the corpus entity it joins, or {@code null} for a new corpus entity
 * @param reason one sentence a user can read ({@code dossier entity NAME --why})
 */
public record MergeDecision(Long target, String reason) {

    public static MergeDecision join(long target, String reason) {
        return new MergeDecision(target, reason);
    }

    public static MergeDecision apart(String reason) {
        return new MergeDecision(null, reason);
    }

    public boolean joins() {
        return target != null;
    }
}
