package cn.scenehub.matching.batch;

import java.util.List;

import cn.scenehub.account.CurrentUser;

/** Where a published plan's pairs go: the commissioners' board, as recommended pairs to invite. */
public interface RecommendedPairs {

    /** Adds the pairs as recommendations from the plan; pairs already on the board are left as they are. */
    void recommend(MatchPlan plan, List<MatchPlanItem> pairs, CurrentUser publisher);
}
