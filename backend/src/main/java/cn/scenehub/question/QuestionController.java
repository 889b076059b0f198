package cn.scenehub.question;

import java.util.List;

import cn.scenehub.account.CurrentUser;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class QuestionController {

    private final QuestionService questions;

    QuestionController(QuestionService questions) {
        this.questions = questions;
    }

    @Post("/scenarios/{scenarioId}/questions")
    @Status(HttpStatus.CREATED)
    QuestionView ask(long scenarioId, @Body @Valid Ask body, CurrentUser user) {
        return questions.ask(scenarioId, body.question(), user);
    }

    @Get("/scenarios/{scenarioId}/questions")
    List<QuestionView> list(long scenarioId, CurrentUser user) {
        return questions.list(scenarioId, user);
    }

    @Post("/questions/{id}/answer")
    QuestionView answer(long id, @Body @Valid Answer body, CurrentUser user) {
        return questions.answer(id, body.answer(), body.visibility(), user);
    }

    @Serdeable
    record Ask(@NotBlank @Size(max = 2000) String question) {
    }

    @Serdeable
    record Answer(@NotBlank @Size(max = 4000) String answer, @NotNull Question.Visibility visibility) {
    }
}
