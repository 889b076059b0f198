package cn.scenehub.matching;

/** What a user says of a recommended pair; the evaluation tool reads them as graded judgements. */
public enum MatchVerdict {
    /** 合适: a good recommendation. */
    GOOD(2),
    /** 不合适: not a fit; a reason is required. */
    NOT_A_FIT(0),
    /** 已联系: the enterprise or commissioner contacted the provider. */
    CONTACTED(2),
    /** 已签约: the pair signed a contract. */
    CONTRACTED(3);

    private final int grade;

    MatchVerdict(int grade) {
        this.grade = grade;
    }

    /** The relevance grade (0–3) this verdict stands for in an evaluation. */
    public int grade() {
        return grade;
    }
}
