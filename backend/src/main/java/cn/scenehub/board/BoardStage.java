package cn.scenehub.board;

import java.time.Duration;

/**
 * The pipeline of a scenario × provider pair, 推荐 → 邀请 → 响应 → 洽谈 → 签约 → 实施 → 验收, with
 * how long a pair may stay in each stage before the board flags it overdue.
 */
public enum BoardStage {
    RECOMMENDED("推荐", 7),
    INVITED("邀请", 7),
    RESPONDED("响应", 14),
    NEGOTIATING("洽谈", 30),
    CONTRACTED("签约", 14),
    IMPLEMENTING("实施", 180),
    ACCEPTED("验收", 36500);

    public final String label;
    public final Duration limit;

    BoardStage(String label, int days) {
        this.label = label;
        this.limit = Duration.ofDays(days);
    }

    public boolean isAfter(BoardStage other) {
        return ordinal() > other.ordinal();
    }
}
