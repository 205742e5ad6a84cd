package org.dossier.web.view;

import java.util.List;

/** The ingest form (when ingest is on) and the jobs queued since the server started, newest first. */
public record IngestPage(boolean enabled, List<JobView> jobs, String message) {

    public IngestPage {
        jobs = List.copyOf(jobs);
    }

    /** One queued upload or URL and how far it got. */
    public record JobView(String id, String what, String state, long stored, long alreadyStored, long failed,
                          List<String> messages, List<String> articles) {

        public JobView {
            messages = List.copyOf(messages);
            articles = List.copyOf(articles);
        }

        public boolean running() {
            return state.equals("queued") || state.equals("running");
        }
    }
}
