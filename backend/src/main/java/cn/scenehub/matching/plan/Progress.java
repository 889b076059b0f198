package cn.scenehub.matching.plan;

/** Reports flow growth to a listener in whole percents, so at most about a hundred calls. */
final class Progress {

    private final ProgressListener listener;
    private final long bound;
    private int lastPercent = -1;

    Progress(ProgressListener listener, long bound) {
        this.listener = listener;
        this.bound = Math.max(1, bound);
        report(0);
    }

    void at(long done) {
        // 99 at most: 100 % is said once, by done(), when the plan is complete.
        report((int) Math.min(99, 100L * done / bound));
    }

    void done() {
        if (listener != null) {
            listener.progress(1.0);
        }
    }

    private void report(int percent) {
        if (listener != null && percent > lastPercent) {
            lastPercent = percent;
            listener.progress(percent / 100.0);
        }
    }
}
