package cn.scenehub.board;

import cn.scenehub.invitation.InvitationChanged;
import cn.scenehub.invitation.InvitationStatus;
import cn.scenehub.proposal.ProposalChanged;
import cn.scenehub.scenario.ScenarioAction;
import cn.scenehub.scenario.ScenarioMoved;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/**
 * Keeps the board in step with invitations, proposals and scenario moves, inside their own
 * transactions: what happened to a pair decides its stage, so the board needs no upkeep by hand.
 */
@Singleton
class BoardFollower {

    private final BoardService board;

    BoardFollower(BoardService board) {
        this.board = board;
    }

    @EventListener
    void invitation(InvitationChanged event) {
        var i = event.invitation();
        Boolean drop = i.status() == InvitationStatus.DECLINED ? Boolean.TRUE : null;
        board.follow(event.scenario(), i.providerId(), BoardStage.INVITED, drop, "INVITATION", event.actor());
    }

    @EventListener
    void proposal(ProposalChanged event) {
        var p = event.proposal();
        switch (event.action()) {
            case "SUBMIT" -> board.follow(event.scenario(), p.providerId(), BoardStage.RESPONDED, false, "PROPOSAL", event.actor());
            case "WITHDRAW", "DECLINE" -> board.follow(event.scenario(), p.providerId(), null, true, "PROPOSAL", event.actor());
            case "AWARD" -> board.follow(event.scenario(), p.providerId(), BoardStage.NEGOTIATING, false, "PROPOSAL", event.actor());
            case "CONTRACT" -> board.follow(event.scenario(), p.providerId(), BoardStage.CONTRACTED, false, "PROPOSAL", event.actor());
            case "ACCEPT" -> board.follow(event.scenario(), p.providerId(), BoardStage.ACCEPTED, false, "PROPOSAL", event.actor());
            default -> {
                // revisions and shortlisting leave the pair where it is
            }
        }
    }

    /** A withdrawn or closed scenario takes its unfinished pairs out of play. */
    @EventListener
    void scenario(ScenarioMoved event) {
        if (event.action() == ScenarioAction.WITHDRAW || event.action() == ScenarioAction.CLOSE) {
            board.dropUnfinished(event.scenario(), event.actor());
        }
    }
}
