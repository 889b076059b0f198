package cn.scenehub.board;

import cn.scenehub.account.CurrentUser;
import cn.scenehub.common.web.PageView;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;

@Controller("/api/v1/board/pairs")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class BoardController {

    private final BoardService board;

    BoardController(BoardService board) {
        this.board = board;
    }

    @Get
    PageView<BoardPairView> list(@Nullable @QueryValue String region, @Nullable @QueryValue BoardStage stage,
                                 @Nullable @QueryValue Long scenarioId, @Nullable @QueryValue Long providerId,
                                 @Nullable @QueryValue Boolean dropped, @Nullable @QueryValue Boolean overdue,
                                 CurrentUser user, Pageable pageable) {
        return board.list(region, stage, scenarioId, providerId, dropped, overdue, user, pageable);
    }

    /** Adds a recommended pair: 201 when new, 200 with the pair as it is when already there. */
    @Post
    HttpResponse<BoardPairView> recommend(@Body @Valid BoardForms.Recommend form, CurrentUser user) {
        if (!user.isAdmin() && !user.isCommissioner()) {
            throw cn.scenehub.common.web.ApiException.forbidden("只有数字专员和管理员可以推荐对接");
        }
        var result = board.recommend(form.scenarioId(), form.providerId(), form.source(), user);
        return HttpResponse.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK).body(result.pair());
    }

    /** Counts per stage (pairs in play, overdue) for the board's columns; {@code region} optional. */
    @Get("/summary")
    java.util.List<java.util.Map<String, Object>> summary(@Nullable @QueryValue String region, CurrentUser user) {
        return board.summary(region, user);
    }

    @Get("/{id}")
    BoardPairView get(long id, CurrentUser user) {
        return board.get(id, user);
    }

    @Get("/{id}/audit")
    java.util.List<cn.scenehub.audit.AuditEvent> audit(long id, CurrentUser user) {
        return board.trail(id, user);
    }

    @Post("/{id}/moves")
    BoardPairView move(long id, @Body @Valid BoardForms.Move move, CurrentUser user) {
        return board.move(id, move, user);
    }

    @Post("/{id}/notes")
    @Status(HttpStatus.CREATED)
    BoardPairView note(long id, @Body @Valid BoardForms.Note note, CurrentUser user) {
        return board.note(id, note, user);
    }
}
