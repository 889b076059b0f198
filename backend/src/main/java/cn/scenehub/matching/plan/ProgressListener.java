package cn.scenehub.matching.plan;

/**
 * Told how far a solve has come; a solve calls it a bounded number of times (at most about a
 * hundred), so it may write to a database or Redis without slowing the solver down.
 */
@FunctionalInterface
public interface ProgressListener {

    /** {@code fraction} grows from 0 to 1; 1 is reported once, when the result is ready. */
    void progress(double fraction);
}
