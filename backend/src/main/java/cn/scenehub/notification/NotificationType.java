package cn.scenehub.notification;

/** What a notification is about, so that the portal can pick an icon and a filter. */
public enum NotificationType {
    INVITED, INVITATION_ANSWERED, PROPOSAL_RECEIVED, PROPOSAL_DECIDED, AWARDED, CONTRACTED, ACCEPTED,
    QUESTION_ASKED, QUESTION_ANSWERED, REQUEST_ASSIGNED, REQUEST_OVERDUE, SCENARIO_MATCHED, ROADSHOW
}
