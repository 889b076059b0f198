package cn.scenehub.search.index;

/** OpenSearch refused a request or could not be reached. */
public class SearchIndexException extends RuntimeException {

    public SearchIndexException(String message) {
        super(message);
    }

    public SearchIndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
